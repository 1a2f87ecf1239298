/** The extraction of a person's document, run off the page's main thread (./extract-worker.ts). */
import type { DocumentExtract, DocumentProblemCode } from '../../core/document/extract-document.ts';
import type { StringKey } from '../i18n.ts';
import type { ExtractRequest } from './extract-worker.ts';
import { DocumentMapError } from './host.ts';

const PROBLEM_KEY = { empty: 'mineEmpty', noUnit: 'mineNoUnit', noFigures: 'mineNoFigures' } as const satisfies Record<DocumentProblemCode, StringKey>;

type Extracted = { result: DocumentExtract; ms: number };

/** The extraction on the page itself, where a worker cannot start: with all the places. */
async function here(request: ExtractRequest, rest: Promise<string[]>): Promise<Extracted> {
  const [{ extractDocument }, { bareName }, more] = await Promise.all([import('../../core/document/extract-document.ts'), import('../../core/user-match.ts'), request.complete ? [] : rest]);
  const places = [...request.places, ...more];
  const known = new Set(places);
  const bare = new Set(places.map(bareName));
  const start = performance.now();
  const result = extractDocument(request.name, request.text, { gazetteer: request.gazetteer, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
  return { result, ms: performance.now() - start };
}

export interface Extraction {
  /**
   * Extracts a document: in the worker, or on the page where the worker could not start. Once.
   * `rest`: the places that follow when the request's are not complete.
   */
  run(request: ExtractRequest, rest: Promise<string[]>): Promise<Extracted>;
  /** Lets the worker go unused (the document could not be read). */
  close(): void;
}

/**
 * Starts the extraction's worker before the document is read, so that the worker loads its code
 * while the file is read and the boundaries load, not after.
 */
export function startExtraction(): Extraction {
  let worker: Worker | null;
  try {
    worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    worker = null;
  }
  let failed = worker === null;
  let waiting: { request: ExtractRequest; rest: Promise<string[]>; resolve: (x: Extracted) => void; reject: (error: unknown) => void } | null = null;
  worker?.addEventListener('message', (event: MessageEvent<{ result?: DocumentExtract; ms?: number; code?: DocumentProblemCode; message?: string }>) => {
    worker?.terminate();
    const asked = waiting;
    waiting = null;
    if (!asked) return;
    const { result, ms, code, message } = event.data;
    if (result) asked.resolve({ result, ms: ms ?? 0 });
    else if (code) asked.reject(new DocumentMapError(asked.request.name, PROBLEM_KEY[code]));
    else asked.reject(new DocumentMapError(asked.request.name, 'mineFailed', { detail: message ?? '?' }));
  });
  worker?.addEventListener('error', (event) => {
    event.preventDefault();
    worker?.terminate();
    failed = true;
    const asked = waiting;
    waiting = null;
    if (asked) here(asked.request, asked.rest).then(asked.resolve, asked.reject);
  });
  return {
    run(request, rest) {
      if (failed || !worker) return here(request, rest);
      const running = worker;
      return new Promise((resolve, reject) => {
        waiting = { request, rest, resolve, reject };
        running.postMessage(request);
        if (!request.complete) rest.then((places) => running.postMessage({ places }), () => undefined);
      });
    },
    close: () => worker?.terminate(),
  };
}
