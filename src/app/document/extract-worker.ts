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
  /**
   * False when the page sends only the places it had at hand (provinces, prefectures, the gazetteer's)
   * and the rest (the counties) follows in a second message, `{ places }`, once loaded: the
   * extraction starts without them and waits for them only if a title names a place not yet known.
   */
  complete: boolean;
}

/** Thrown by `knownPlace` when it cannot tell before the rest of the places have come. */
class PlacesPending extends Error {}

let request: ExtractRequest | null = null;
let morePlaces: ((places: string[]) => void) | null = null;
const placesLater = new Promise<string[]>((resolve) => (morePlaces = resolve));

/** Extracts the document; `spent`: ms spent on an attempt that waited for the rest of the places. */
function extract(places: readonly string[], complete: boolean, spent: number): void {
  const { name, text, gazetteer } = request!;
  const start = performance.now();
  const known = new Set(places);
  const bare = new Set(places.map(bareName));
  const knownPlace = (p: string) => {
    if (known.has(p) || bare.has(bareName(p))) return true;
    if (!complete) throw new PlacesPending();
    return false;
  };
  try {
    const result = extractDocument(name, text, { gazetteer, knownPlace });
    postMessage({ result, ms: spent + performance.now() - start });
  } catch (error) {
    if (error instanceof PlacesPending) {
      const tried = performance.now() - start;
      void placesLater.then((rest) => extract([...places, ...rest], true, spent + tried));
      return;
    }
    postMessage(error instanceof DocumentExtractError ? { code: error.code } : { message: error instanceof Error ? error.message : String(error) });
  }
}

addEventListener('message', (event: MessageEvent<ExtractRequest | { places: string[] }>) => {
  if (!('text' in event.data)) return morePlaces?.(event.data.places);
  request = event.data;
  extract(request.places, request.complete, 0);
});
