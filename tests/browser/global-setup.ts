import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { preview } from 'vite';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });

/**
 * Builds the app (`npm run build`, unless PILOT_ATLAS_SKIP_BUILD=1 and dist/ exists; without its data
 * step when the unit project's setup ran it in the same run),
 * serves dist/ with `vite preview` on a free localhost port and hands its URL to the tests.
 */
export default async function setup(project: TestProject) {
  chromiumPath(); // fail before the build if there is no browser
  if (!(process.env.PILOT_ATLAS_SKIP_BUILD === '1' && existsSync('dist/index.html'))) {
    if (process.env.PILOT_ATLAS_DATA_BUILT === '1') {
      // The unit project's setup has just run `npm run data` in this run: build the app only.
      execFileSync('npx', ['vite', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
      execFileSync('npx', ['vite', 'build', '--config', 'vite.widget.config.ts'], { stdio: ['ignore', 'ignore', 'inherit'] });
    } else {
      execFileSync('npm', ['run', 'build', '--silent'], { stdio: ['ignore', 'ignore', 'inherit'] });
    }
  }
  const port = await freePort();
  const server = await preview({
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port, strictPort: true, open: false },
  });
  project.provide('baseUrl', `http://127.0.0.1:${port}/`);
  return async () => {
    await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
  };
}
