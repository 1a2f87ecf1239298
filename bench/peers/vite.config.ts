// Builds a peer page of the bench into bench/peers/dist/<peer>/: BENCH_PEER=echarts (the ECharts
// dashboard, bench/peers/echarts/) or BENCH_PEER=maplibre-floor (MapLibre alone, bench/peers/maplibre-floor/).
// Run by the bench: BENCH_PEER=echarts npx vite build --config bench/peers/vite.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const peer = process.env.BENCH_PEER ?? 'echarts';
if (!['echarts', 'maplibre-floor'].includes(peer)) throw new Error(`BENCH_PEER: unknown peer "${peer}"`);

export default defineConfig({
  root: fileURLToPath(new URL(`./${peer}/`, import.meta.url)),
  base: './',
  publicDir: 'public',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: fileURLToPath(new URL(`./dist/${peer}/`, import.meta.url)),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2500,
  },
  // As in the app: maplibre-gl 6 ships its worker as a separate module that pre-bundling breaks.
  optimizeDeps: { exclude: ['maplibre-gl'] },
});
