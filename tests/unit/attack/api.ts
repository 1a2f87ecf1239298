// What a person (or a host page) gets from each kind of input, through the app's own code with no
// DOM: the attack table's rows (rows-*.ts) only talk to these functions, so the same rows can be run
// against an older version of the app by swapping this one module (docs/attack-run.md says how).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertChinaTopology, chinaLayers, type ChinaLayers } from '../../../src/core/china-topology.ts';
import { readUserBytes, UserFileError } from '../../../src/core/user-data.ts';
import { prepareUserLayer } from '../../../src/app/user-layer.ts';
import { problemText } from '../../../src/app/user-text.ts';
import { t } from '../../../src/app/i18n.ts';
import { DEFAULT_STATE, mergeState, parseState, type ViewState } from '../../../src/core/url-state.ts';
import { checkKnown, checkSlide, knownValues, withDefaults } from '../../../src/app/url-check.ts';
import { paramNoteText, type DroppedParam } from '../../../src/app/notices.ts';
import { sanitiseState } from '../../../src/app/embed/sanitise.ts';
import { compileSpecText, type SpecProblem } from '../../../src/core/layout/spec-text.ts';
import { specProblemText } from '../../../src/app/editor/problem-text.ts';
import { describeError } from '../../../src/app/data-error.ts';
import { loadJson } from '../../../src/app/load.ts';
import { loadAtlasData } from '../../../src/app/atlas-data.ts';
import { layoutFeatureLoader } from '../../../src/app/layout-features.ts';
import { StoryLibrary } from '../../../src/app/story/library.ts';
import { GazetteerSchema } from '../../../src/core/schema/gazetteer.ts';
import { pageHeaders } from '../../../src/security-headers.ts';
import { ctx } from '../layout/fixtures.ts';

export const ROOT = join(import.meta.dirname, '../../..');
const read = (...path: string[]) => readFileSync(join(ROOT, ...path), 'utf8');

/** Text in both of the app's languages. */
export interface Bi {
  zh: string;
  en: string;
}

// ---------------------------------------------------------------------------------------------
// 1. A person's own file, chosen or dropped on the map.

let china: ChinaLayers | undefined;
const boundaries = (): ChinaLayers => {
  if (!china) {
    const topology: unknown = JSON.parse(read('data/geo/china.topo.json'));
    assertChinaTopology(topology, 'data/geo/china.topo.json');
    china = chinaLayers(topology);
  }
  return china;
};

export interface ImportSeen {
  /** The error box over the map, when the file cannot be shown: its title and its lines. */
  refused: { title: Bi; lines: Bi[] } | null;
  /** Something other than the app's own file error escaped (the box shows a raw message). */
  crashed: string | null;
  /** Units (or the file's own features) drawn in colour. */
  drawn: number;
  /** Rows of the legend. */
  classes: number;
  /** The legend's list of what was left out or repaired. */
  notes: Bi[];
  /** The rows read from the file: key, value and the line (CSV) or feature index (GeoJSON). */
  rows: { key: string; value: number; line: number }[];
  /** The level the rows were joined at (null for a GeoJSON's own shapes). */
  level: string | null;
  /** Features of the file's own geometry that are drawn. */
  features: number;
  encoding: string | null;
}

const both = (f: (lang: 'zh' | 'en') => string): Bi => ({ zh: f('zh'), en: f('en') });

export function importFile(name: string, input: Uint8Array | string): ImportSeen {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const none: ImportSeen = { refused: null, crashed: null, drawn: 0, classes: 0, notes: [], rows: [], level: null, features: 0, encoding: null };
  try {
    const file = readUserBytes(name, bytes);
    const result = prepareUserLayer(boundaries(), file);
    return {
      ...none,
      drawn: result.matched.values.size,
      classes: result.colours.length,
      notes: result.problems.map((p) => both((lang) => problemText(lang, p))),
      rows: file.rows.map((r) => ({ key: r.key, value: r.value, line: r.line })),
      level: result.matched.level,
      features: file.geojson?.features.length ?? 0,
      encoding: file.encoding ?? null,
    };
  } catch (error) {
    const title = both((lang) => `${t(lang, 'userError')}: ${name}`);
    if (error instanceof UserFileError) return { ...none, refused: { title, lines: error.problems.slice(0, 8).map((p) => both((lang) => problemText(lang, p))) } };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { ...none, crashed: message, refused: { title, lines: [{ zh: message, en: message }] } };
  }
}

// ---------------------------------------------------------------------------------------------
// 3. The page's URL.

const known = knownValues({
  pilots: JSON.parse(read('public/data/pilots.geojson')) as Parameters<typeof knownValues>[0]['pilots'],
  layouts: (JSON.parse(read('public/data/layouts-index.json')) as { layouts: { id: string }[] }).layouts,
  documents: (JSON.parse(read('public/data/sources.json')) as { documents: { id: string }[] }).documents,
});
const storySlides = new Map(
  (JSON.parse(read('public/data/stories/index.json')) as { stories: { id: string }[] }).stories.map((s) => [
    s.id,
    (JSON.parse(read(`public/data/stories/${s.id}.json`)) as { slides: unknown[] }).slides.length,
  ]),
);

export interface UrlSeen {
  /** The state the map applies. */
  state: ViewState;
  /** The note on the map of what was ignored, one item per parameter. */
  note: Bi[];
}

/** Opens the page with a query: parsed, checked against the loaded data, noted (as main.ts and mount.ts do). */
export function openUrl(query: string): UrlSeen {
  const { state: parsed, dropped: invalid = [] } = parseState(query);
  const dropped: DroppedParam[] = invalid.map((d) => ({ ...d, reason: 'invalid' }));
  const checked = checkKnown(parsed, known);
  dropped.push(...checked.dropped);
  let state = withDefaults(parsed, checked.dropped);
  if (state.story !== null) {
    const count = storySlides.get(state.story);
    if (count === undefined) {
      dropped.push({ key: 'story', value: state.story, reason: 'unknown' });
      state = { ...state, story: null, slide: null };
    } else {
      const slide = checkSlide(state.slide, count);
      if (slide) {
        dropped.push(slide);
        state = { ...state, slide: null };
      }
    }
  }
  return { state, note: dropped.map((d) => both((lang) => paramNoteText(d, lang))) };
}

// ---------------------------------------------------------------------------------------------
// 4. A host page's postMessage (`pilot-atlas:set-state`).

export interface MessageSeen {
  /** The embed's state after the message. */
  state: ViewState;
  /** What the embed says in the host's console. */
  warnings: string[];
}

/** A host's `set-state` as the bridge and the map take it: checked key by key, then against the loaded data. */
export function hostSends(current: ViewState, state: unknown): MessageSeen {
  const { partial, warnings } = sanitiseState(state);
  const { state: kept, dropped } = checkKnown(partial, known);
  return { state: mergeState(current, kept), warnings: [...warnings, ...dropped.map((d) => paramNoteText(d, 'en'))] };
}

export const START: ViewState = { ...DEFAULT_STATE, indicator: 'urbanization_baseline', year: 2020, classes: 5, lang: 'zh' };

// ---------------------------------------------------------------------------------------------
// 5. The layout editor's draft.

export interface EditorSeen {
  /** Each problem's line, the compiler's message, and the text the editor's list shows in each language. */
  problems: { line: number; message: string; text: Bi }[];
  /** Features drawn from the draft. */
  drawn: number;
  /** An exception escaped the check (the status line goes stale). */
  crashed: string | null;
}

export function editSpec(text: string): EditorSeen {
  try {
    const { problems, features } = compileSpecText(text, ctx);
    // As the editor's list words them (layout-editor.ts): its own words where it has them, else the compiler's in each language.
    const words = (p: SpecProblem): Bi => both((lang) => specProblemText(p, lang));
    return { problems: problems.map((p) => ({ line: p.line, message: p.message, text: words(p) })), drawn: features.length, crashed: null };
  } catch (error) {
    return { problems: [], drawn: 0, crashed: String(error) };
  }
}

// ---------------------------------------------------------------------------------------------
// 2. The app's own data files, served broken.

/** Serves public/data with some files replaced (text) or missing (null), for the loaders' fetch. */
async function withFiles<T>(files: Record<string, string | null>, run: (base: string) => Promise<T>): Promise<T> {
  const real = globalThis.fetch;
  const base = 'http://atlas.test/';
  globalThis.fetch = (async (url: string | URL) => {
    const path = String(url).slice(base.length);
    const name = path.replace(/^data\//, '');
    if (Object.hasOwn(files, name)) {
      const text = files[name];
      return text === null ? new Response('not found', { status: 404 }) : new Response(text);
    }
    if (name === 'china.topo.json' && !Object.hasOwn(files, name)) return new Response(fujianTopology());
    try {
      return new Response(read('public', path));
    } catch {
      return new Response('not found', { status: 404 });
    }
  }) as typeof fetch;
  try {
    return await run(base);
  } finally {
    globalThis.fetch = real;
  }
}

export const dataText = (name: string): string => read('public/data', name);

/**
 * The boundaries served while another file is broken: data/china.topo.json with Fujian's units only
 * (its arcs all kept), so that each row does not turn 3,243 counties into features; the rows that
 * break china.topo.json itself break the whole file.
 */
let fujian: string | undefined;
function fujianTopology(): string {
  if (fujian === undefined) {
    const topology = JSON.parse(dataText('china.topo.json')) as { objects: Record<string, { geometries: { properties: { id: string; provinceId?: string } }[] }> };
    for (const object of Object.values(topology.objects)) object.geometries = object.geometries.filter((g) => (g.properties.provinceId ?? g.properties.id) === '350000');
    fujian = JSON.stringify(topology);
  }
  return fujian;
}

export interface DataSeen {
  /** The loader's result when it succeeded. */
  value: unknown;
  /** What the page says of the file, in both languages (null when it loaded). */
  error: Bi | null;
}

const describe = (error: unknown): Bi => both((lang) => describeError(error, lang));

/** How a data file the page loads on its own (stories, the gazetteer) is taken. */
export async function loadDataFile(name: 'gazetteer.json' | 'stories/index.json' | `stories/${string}.json`, text: string | null): Promise<DataSeen> {
  return withFiles({ [name]: text }, async (base) => {
    try {
      if (name === 'gazetteer.json') return { value: await loadJson('gazetteer.json', GazetteerSchema, base), error: null };
      const library = new StoryLibrary(base);
      if (name === 'stories/index.json') return { value: await library.index(), error: null };
      return { value: await library.story(name.slice('stories/'.length, -'.json'.length)), error: null };
    } catch (error) {
      return { value: null, error: describe(error) };
    }
  });
}

/** A plan picked while layouts.geojson is broken, then picked again once it is whole. */
export async function pickPlanTwice(broken: string): Promise<{ first: DataSeen; second: DataSeen }> {
  let text: string | null = broken;
  const pick = await withFiles({}, async (base) => layoutFeatureLoader(base));
  const attempt = () =>
    withFiles({ 'layouts.geojson': text }, async () => {
      try {
        return { value: (await pick()).size, error: null };
      } catch (error) {
        return { value: null, error: describe(error) };
      }
    });
  const first = await attempt();
  text = dataText('layouts.geojson');
  return { first, second: await attempt() };
}

export interface AtlasSeen {
  /** The error page's items (required files) and the notes (optional files). */
  broken: Bi[];
  notes: Bi[];
  /** What the map still has to draw. */
  pilots: number;
  provinces: number;
  layouts: number;
  records: number;
  /** The page never got its data (a blank page). */
  crashed: string | null;
}

/** Opens the atlas with some data files replaced or missing. */
export async function openAtlas(files: Record<string, string | null>): Promise<AtlasSeen> {
  return withFiles(files, async (base) => {
    try {
      const data = await loadAtlasData(base);
      return {
        broken: data.broken.map(describe),
        notes: data.problems.map(describe),
        pilots: data.pilots.features.length,
        provinces: data.china.provinces.features.length,
        layouts: data.layouts.length,
        records: data.records.length,
        crashed: null,
      };
    } catch (error) {
      return { broken: [], notes: [], pilots: 0, provinces: 0, layouts: 0, records: 0, crashed: String(error) };
    }
  });
}

// ---------------------------------------------------------------------------------------------
// 7. The pages and their headers.

/** The HTML pages as they are built (vite copies public/ and builds the root pages). */
export const PAGES = { 'index.html': 'index.html', 'embed.html': 'embed.html', 'widget-demo.html': 'public/widget-demo.html' } as const;
export const pageHtml = (page: keyof typeof PAGES): string => read(PAGES[page]);
/** The headers `vite preview` sends with a path; null where this version sends none. */
export const headersFor = (path: string): Record<string, string> | null => pageHeaders(path);
