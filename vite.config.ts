import { defineConfig, type Plugin } from 'vite';

/**
 * The dev server injects CSS as <style> elements, which the pages' CSP (style-src 'self') refuses:
 * in `npm start` only, allow inline styles. Built pages keep the strict policy (tested).
 */
const devStyles = (): Plugin => ({
  name: 'pilot-atlas-dev-csp',
  apply: 'serve',
  transformIndexHtml: (html) => html.replace("style-src 'self';", "style-src 'self' 'unsafe-inline';"),
});

export default defineConfig({
  // Relative asset URLs: the built app works under any sub-path (intranet portals, iframes).
  base: './',
  publicDir: 'public',
  plugins: [devStyles()],
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
