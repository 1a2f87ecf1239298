// Reads a person's document off the page's main thread: the extraction of a long plan takes longer
// than a frame. Answers with the units, records and formulas, or the problem's code.
import { DocumentExtractError, extractDocument } from '../../core/document/extract-document.ts';
import { bareName } from '../../core/user-match.ts';

export interface ExtractRequest {
  name: string;
  text: string;
  gazetteer: unknown;
  /** Names of the boundaries' units (and the gazetteer's places): a single plan's title must name one. */
  places: string[];
}

addEventListener('message', (event: MessageEvent<ExtractRequest>) => {
  const { name, text, gazetteer, places } = event.data;
  const start = performance.now();
  try {
    const known = new Set(places);
    const bare = new Set(places.map(bareName));
    const result = extractDocument(name, text, { gazetteer, knownPlace: (p) => known.has(p) || bare.has(bareName(p)) });
    postMessage({ result, ms: performance.now() - start });
  } catch (error) {
    postMessage(error instanceof DocumentExtractError ? { code: error.code } : { message: error instanceof Error ? error.message : String(error) });
  }
});
