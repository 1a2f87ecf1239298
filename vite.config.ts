import { defineConfig, type Connect, type Plugin } from 'vite';
import { pageHeaders } from './src/security-headers.ts';

/**
 * The dev server injects CSS as <style> elements, which the pages' CSP (style-src 'self') refuses:
 * in `npm start` only, allow inline styles. Built pages keep the strict policy (tested).
 */
const devStyles = (): Plugin => ({
  name: 'pilot-atlas-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
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

export default defineConfig({
  // Relative asset URLs: the built app works under any sub-path (intranet portals, iframes).
  base: './',
  publicDir: 'public',
  plugins: [devStyles(), securityHeaders()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    chunkSizeWarningLimit: 2500,
    // Two pages of one app: the full app and the embeddable map (DESIGN.md 2.3).
    rollupOptions: { input: { index: 'index.html', embed: 'embed.html' } },
  },
  // maplibre-gl 6 ships its worker as a separate module; pre-bundling breaks the URL import.
  optimizeDeps: { exclude: ['maplibre-gl'] },
  server: { host: '127.0.0.1' },
  preview: { host: '127.0.0.1' },
});
