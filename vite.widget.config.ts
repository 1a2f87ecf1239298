import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { defineConfig, type Plugin } from 'vite';

const require = createRequire(import.meta.url);

/** Emits MapLibre's worker module beside the widget, where src/widget.ts points MapLibre at it. */
const maplibreWorker = (): Plugin => ({
  name: 'pilot-atlas-maplibre-worker',
  generateBundle() {
    const file = require.resolve('maplibre-gl/dist/maplibre-gl-worker.mjs');
    this.emitFile({ type: 'asset', fileName: 'maplibre-gl-worker.mjs', source: readFileSync(file) });
  },
});

// The embeddable build in dist/widget/, next to the app whose data/ folder it reads: the module
// `pilot-atlas.js` (mount + <pilot-atlas>) and its stylesheet `pilot-atlas.css` under fixed names
// (host pages link them), minified and split like the app: what the first view does not need
// (exports, plan overlays, the editor's parts) are hashed chunks in widget/chunks/, loaded on use.
// An application build, not library mode: library mode leaves ES output unminified.
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [maplibreWorker()],
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/widget',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    minify: true,
    cssCodeSplit: false,
    rollupOptions: {
      input: { 'pilot-atlas': 'src/widget.ts' },
      // The module's exports (mount, PilotAtlasElement) are its API: keep them.
      preserveEntrySignatures: 'exports-only',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        assetFileNames: (asset) => (asset.names.some((n) => n.endsWith('.css')) ? 'pilot-atlas.css' : 'assets/[name]-[hash][extname]'),
      },
    },
  },
});
