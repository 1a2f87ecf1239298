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

// The embeddable build: one ES module (mount + <pilot-atlas>) and its stylesheet in dist/widget/,
// next to the app whose data/ folder it reads.
export default defineConfig({
  base: './',
  publicDir: false,
  plugins: [maplibreWorker()],
  // Library mode leaves process.env in place; the browser has none.
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
  build: {
    target: 'es2022',
    outDir: 'dist/widget',
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
    minify: true,
    lib: { entry: 'src/widget.ts', formats: ['es'], fileName: () => 'pilot-atlas.js', cssFileName: 'pilot-atlas' },
  },
});
