import { defineConfig } from 'vite';

export default defineConfig({
  // Relative asset URLs: the built app works under any sub-path (intranet portals, iframes).
  base: './',
  publicDir: 'public',
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
