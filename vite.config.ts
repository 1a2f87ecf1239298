import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { defineConfig, type Connect, type Plugin } from 'vite';
import { FIRST_VIEW_DATA } from './src/first-view-data.ts';
import { pageHeaders } from './src/security-headers.ts';

const require = createRequire(import.meta.url);

/**
 * The dev server injects CSS as <style> elements, which the pages' CSP (style-src 'self') refuses:
 * in `npm start` only, allow inline styles. Built pages keep the strict policy (tested).
 */
const devCsp = (html: string) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';");
const devStyles = (): Plugin => ({
  name: 'pilot-atlas-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => devCsp(html),
});

/** Sends each page's CSP and framing headers (src/security-headers.ts) from `vite preview` and `vite`. */
const securityHeaders = (): Plugin => {
  const use = (dev: boolean): Connect.NextHandleFunction => (req, res, next) => {
    for (const [name, value] of Object.entries(pageHeaders(req.url ?? '/', { dev }))) res.setHeader(name, value);
    next();
  };
  return {
    name: 'pilot-atlas-security-headers',
    configureServer: (server) => void server.middlewares.use(use(true)),
    configurePreviewServer: (server) => void server.middlewares.use(use(false)),
  };
};

/**
 * `npm start` serves the embeddable widget where the build puts it (dist/widget/, see
 * vite.widget.config.ts), so widget-demo.html and the share dialog's <pilot-atlas> snippet work
 * in dev: widget/pilot-atlas.js is src/widget.ts (its styles come with the module, so
 * widget/pilot-atlas.css is empty), and widget/maplibre-gl-worker.mjs is MapLibre's worker.
 * widget-demo.html gets the dev CSP of the other pages.
 */
export const widgetDevMiddleware = (publicDir: string): Connect.NextHandleFunction => (req, res, next) => {
  const [path = '', query] = (req.url ?? '').split('?', 2);
  if (path === '/widget-demo.html') {
    // A static page: vite would serve it as it is, with a CSP that refuses the module's styles.
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(devCsp(readFileSync(join(publicDir, 'widget-demo.html'), 'utf8')));
    return;
  } else if (path === '/widget/pilot-atlas.js') {
    req.url = `/src/widget.ts${query ? `?${query}` : ''}`;
  } else if (path === '/widget/pilot-atlas.css') {
    res.setHeader('content-type', 'text/css; charset=utf-8');
    res.end('/* npm start: the widget module (src/widget.ts) brings its own styles. */\n');
    return;
  } else if (path === '/widget/maplibre-gl-worker.mjs') {
    res.setHeader('content-type', 'text/javascript; charset=utf-8');
    res.end(readFileSync(require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs')));
    return;
  }
  next();
};

/** Each page's <head> preloads the first view's data (src/first-view-data.ts): one list for both pages. */
const preloadFirstView = (): Plugin => ({
  name: 'pilot-atlas-preload-first-view',
  transformIndexHtml: () =>
    FIRST_VIEW_DATA.map((file) => ({
      tag: 'link',
      attrs: { rel: 'preload', href: `./data/${file}`, as: 'fetch', crossorigin: 'anonymous' },
      injectTo: 'head' as const,
    })),
});

const devWidget = (): Plugin => ({
  name: 'pilot-atlas-dev-widget',
  apply: 'serve',
  configureServer: (server) => {
    server.middlewares.use(widgetDevMiddleware(server.config.publicDir));
  },
});

export default defineConfig({
  // Relative asset URLs: the built app works under any sub-path (intranet portals, iframes).
  base: './',
  publicDir: 'public',
  plugins: [devStyles(), preloadFirstView(), securityHeaders(), devWidget()],
  // pdf.js's Adobe CMaps, which src/app/document/read.ts imports as assets.
  assetsInclude: ['**/*.bcmap'],
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 2500,
    // Two pages of one app: the full app and the embeddable map (README, "The app's API").
    rollupOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  // maplibre-gl 6 ships its worker as a separate module; pre-bundling breaks the URL import.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
