/** The extraction of a person's document, run off the page's main thread (./extract-worker.ts). */
import type { DocumentExtract, DocumentProblemCode } from '../../core/document/extract-document.ts';
import type { StringKey } from '../i18n.ts';
import type { ExtractRequest } from './extract-worker.ts';
import { DocumentMapError } from './host.ts';

const PROBLEM_KEY = { empty: 'mineEmpty', noUnit: 'mineNoUnit', noFigures: 'mineNoFigures' } as const satisfies Record<DocumentProblemCode, StringKey>;

/** Runs the extraction in a worker; on the page itself where a worker cannot start. */
export function extractOffPage(request: ExtractRequest): Promise<{ result: DocumentExtract; ms: number }> {
  const here = async () => {
    const [{ extractDocument }, { bareName }] = await Promise.all([import('../../core/document/extract-document.ts'), import('../../core/user-match.ts')]);
    const known = new Set(request.places);
    const bare = new Set(request.places.map(bareName));
    const start = performance.now();
    const result = extractDocument(request.name, request.text, { gazetteer: request.gazetteer, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
    return { result, ms: performance.now() - start };
  };
  let worker: Worker;
  try {
    worker = new Worker(new URL('./extract-worker.ts', import.meta.url), { type: 'module' });
  } catch {
    return here();
  }
  return new Promise((resolve, reject) => {
    worker.addEventListener('message', (event: MessageEvent<{ result?: DocumentExtract; ms?: number; code?: DocumentProblemCode; message?: string }>) => {
      worker.terminate();
      const { result, ms, code, message } = event.data;
      if (result) resolve({ result, ms: ms ?? 0 });
      else if (code) reject(new DocumentMapError(request.name, PROBLEM_KEY[code]));
      else reject(new DocumentMapError(request.name, 'mineFailed', { detail: message ?? '?' }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      here().then(resolve, reject);
    });
    worker.postMessage(request);
  });
}
