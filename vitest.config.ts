import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

// Two projects: fast pure tests in node, and browser tests that build the app,
// serve it with `vite preview` and drive Debian's Chromium (tests/browser/global-setup.ts).
export default defineConfig({
  test: {
    projects: [
      {
        // pdf.js's default build is for browsers (it needs DOMMatrix); in Node it runs its legacy build.
        resolve: { alias: [{ find: /^pdfjs-dist$/, replacement: 'pdfjs-dist/legacy/build/pdf.mjs' }] },
        // pdf.js's Adobe CMaps, which src/app/document/read.ts imports as assets (as vite.config.ts says).
        assetsInclude: ['**/*.bcmap'],
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
          environment: 'node',
          // Extracts the corpus once and hands it to every worker (tests/unit/fixtures/corpus.ts).
          globalSetup: ['tests/unit/global-setup.ts'],
          // The files share one module graph per worker (the corpus fixtures, turf, d3 load once per
          // worker instead of once per file), and two workers run on two cores. No unit test relies
          // on a fresh module state.
          isolate: false,
          maxWorkers: Math.max(2, availableParallelism() - 1),
          // Property tests and whole-corpus checks take seconds on a busy 2-core machine.
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/browser/global-setup.ts'],
          // A long test takes ~45 s on a quiet 2-core machine beside another file; 80 s at load 10.
          testTimeout: 180_000,
          hookTimeout: 300_000,
          // Two files at a time, each with its own Chromium: a page mostly waits on Chromium's GPU
          // process and MapLibre's worker, so two keep both cores busy. On 2 cores the browser
          // project took about a fifth less time than with one file at a time (545 s against 698 s
          // at the same load), with every test passing.
          maxWorkers: 2,
        },
      },
    ],
  },
});
