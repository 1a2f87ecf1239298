import type { Problem, UserFile } from '../core/user-data.ts';
import { UserFileError } from '../core/user-problems.ts';
import type { UserLayerResult, UserShapes } from './user-prepare.ts';

// The page's side of src/app/user-worker.ts: what it asks and what it gets back.

export interface FileRequest {
  kind: 'file';
  name: string;
  bytes: ArrayBuffer;
  /** The page's base URL: the worker reads data/china-base.topo.json and data/china-counties.topo.json from it. */
  base: string;
}
/**
 * A part of the counties as the map has them: the polygons (a person's rows are drawn on their
 * fills), the lines between counties and the points their names stand on (what a view zoomed in draws).
 */
export type CountyPart = 'polygons' | 'lines' | 'labels';
export interface CountiesRequest {
  kind: 'counties';
  base: string;
  parts: CountyPart[];
}
/** Some features of one of the map's county sources. */
export interface CountyChunk {
  source: 'china-counties' | 'china-county-lines' | 'china-county-labels';
  features: GeoJSON.Feature[];
}
/** A file read, joined and classified: all the map needs to draw it. */
export interface Prepared {
  /** The file without its shapes (they come as `shapes`). */
  file: UserFile;
  result: UserLayerResult;
  /** A GeoJSON's shapes as the map draws them; null for rows joined to China's units. */
  shapes: UserShapes | null;
}
export type WorkerAnswer =
  | { prepared: Prepared }
  | { problems: Problem[] }
  | { message: string }
  | { unavailable: string; file?: UserFile }
  | { chunk: CountyChunk }
  | { done: true };

/** A worker running user-worker.ts, or null where workers cannot start (a restrictive host). */
function startWorker(): Worker | null {
  try {
    return new Worker(new URL('./user-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return null;
  }
}

/**
 * Reads, joins and classifies a file in a worker. Resolves with what the map draws; with
 * `{ file }` alone when the worker could read the file but not the boundaries (the page then
 * joins it), or with null when no worker could start (the page does all of it). Rejects with a
 * UserFileError naming the file when it cannot be shown.
 */
export function prepareOffPage(name: string, bytes: ArrayBuffer, base: string): Promise<Prepared | { file: UserFile } | null> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      worker.terminate();
      const data = event.data;
      if ('prepared' in data) resolve(data.prepared);
      else if ('problems' in data) reject(new UserFileError(name, data.problems));
      else if ('unavailable' in data) resolve(data.file ? { file: data.file } : null);
      else if ('message' in data) reject(new Error(data.message));
      else resolve(null);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      // The worker did not start (its script was refused): the page reads the file itself.
      // The readers load on first use, off the first view's path.
      import('../core/user-data.ts').then(({ readUserBytes }) => resolve({ file: readUserBytes(name, bytes) })).catch(reject);
    });
    // A copy, not a transfer: the page keeps the bytes should the worker fail to start.
    worker.postMessage({ kind: 'file', name, bytes, base } satisfies FileRequest);
  });
}

/**
 * The features of the county sources of `parts` from a worker, piece by piece: `each` is awaited
 * before the next piece is handed over, so that each piece is its own task of the page. Resolves
 * true once all are given, false when no worker could start or it could not read the counties (the
 * page then loads them itself, with its named errors).
 */
export function countiesOffPage(base: string, parts: CountyPart[], each: (chunk: CountyChunk) => Promise<void>): Promise<boolean> {
  const worker = startWorker();
  if (!worker) return Promise.resolve(false);
  return new Promise((resolve, reject) => {
    const queue: CountyChunk[] = [];
    let finished = false;
    let failed = false;
    let working = false;
    const pump = async () => {
      if (working) return;
      working = true;
      try {
        while (queue.length > 0) await each(queue.shift()!);
      } catch (error) {
        worker.terminate();
        return reject(error);
      } finally {
        working = false;
      }
      if (failed) resolve(false);
      else if (finished) resolve(true);
    };
    worker.addEventListener('message', (event: MessageEvent<WorkerAnswer>) => {
      const data = event.data;
      if ('chunk' in data) queue.push(data.chunk);
      else {
        worker.terminate();
        if ('done' in data) finished = true;
        else failed = true;
      }
      void pump();
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      failed = true;
      void pump();
    });
    worker.postMessage({ kind: 'counties', base, parts } satisfies CountiesRequest);
  });
}
