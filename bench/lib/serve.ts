// A static file server for the bench: no compression, no caching, every response logged with its
// size, so the bench can tell what a page load transferred (including what workers fetch).
import { readFileSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.pbf': 'application/x-protobuf',
};

export interface Served {
  /** URL path, e.g. /assets/index-abc.js */
  path: string;
  /** File on disk (absent for 404s). */
  file?: string;
  status: number;
  /** Bytes of the body sent (the server does not compress). */
  bytes: number;
  /** Bytes of the same body gzipped at level 6 (what a server with gzip on would send). */
  gzip: number;
}

export interface StaticServer {
  url: string;
  /** Responses since the last `reset()`, in order. */
  log: Served[];
  reset(): void;
  close(): Promise<void>;
}

const gzipped = new Map<string, number>();
function gzipSize(file: string, body: Buffer): number {
  const key = `${file}:${body.length}`;
  let size = gzipped.get(key);
  if (size === undefined) gzipped.set(key, (size = gzipSync(body, { level: 6 }).length));
  return size;
}

export async function serveStatic(root: string): Promise<StaticServer> {
  const log: Served[] = [];
  const server: Server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) {
      response.writeHead(403).end();
      log.push({ path, status: 403, bytes: 0, gzip: 0 });
      return;
    }
    let body: Buffer;
    try {
      if (statSync(file).isDirectory()) file = join(file, 'index.html');
      body = readFileSync(file);
    } catch {
      response.writeHead(404).end();
      log.push({ path, status: 404, bytes: 0, gzip: 0 });
      return;
    }
    response.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': 'no-store',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    log.push({ path, file, status: 200, bytes: body.length, gzip: gzipSize(file, body) });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return {
    url: `http://127.0.0.1:${address.port}/`,
    log,
    reset: () => void log.splice(0),
    close: () => {
      server.closeAllConnections();
      return new Promise((resolve) => server.close(() => resolve()));
    },
  };
}
