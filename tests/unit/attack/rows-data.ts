// Class 2: the app's own data files served truncated, malformed, of the wrong shape or not at all,
// through the loaders the page uses (fetch, parse, validate).
import { dataText, loadDataFile, openAtlas, pickPlanTwice, type AtlasSeen, type Bi } from './api.ts';
import { bilingual, clip, eq, ok, says_, type Row } from './check.ts';

/** Line and column (1-based) of an offset, as the messages give them. */
const locate = (text: string, offset: number) => {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return { line, column: offset - (before.lastIndexOf('\n') + 1) + 1 };
};

type Breakage = { how: string; text: (real: string) => string; place: (real: string) => { zh: string; en: string } | null; says?: RegExp };

const at = (line: number, column: number) => ({ zh: `第 ${line} 行第 ${column} 列`, en: `line ${line}, column ${column}` });
const path = (p: string) => ({ zh: p, en: p });

const TRUNCATED: Breakage = {
  how: 'cut off half-way',
  text: (real) => real.slice(0, Math.floor(real.length / 2)),
  place: (real) => {
    const cut = real.slice(0, Math.floor(real.length / 2));
    const { line, column } = locate(cut, cut.length);
    return at(line, column);
  },
  says: /incomplete/,
};
/** A stray character after a comma half-way in. */
const strayAt = (real: string) => real.indexOf(',', Math.floor(real.length / 2)) + 1;
const MALFORMED: Breakage = {
  how: 'a stray @ half-way',
  text: (real) => `${real.slice(0, strayAt(real))}@${real.slice(strayAt(real))}`,
  place: (real) => {
    const { line, column } = locate(real, strayAt(real));
    return at(line, column);
  },
  says: /not valid JSON/,
};
const EMPTY: Breakage = { how: 'empty (0 bytes)', text: () => '', place: () => at(1, 1), says: /empty/ };
const MISSING: Breakage = { how: 'missing (HTTP 404)', text: () => null as unknown as string, place: () => null, says: /404/ };
const shape = (how: string, where: string, change: (json: Record<string, unknown>) => void): Breakage => ({
  how: `shape: ${how}`,
  text: (real) => {
    const json = JSON.parse(real) as Record<string, unknown>;
    change(json);
    return JSON.stringify(json);
  },
  place: () => path(where),
});

/** A row id's word for a breakage: cut, stray, empty, missing, shape. */
const short = (b: Breakage) => ({ cut: 'cut', a: 'stray', empty: 'empty', missing: 'missing', 'shape:': 'shape' })[b.how.split(/[ (]/)[0]!] ?? 'other';

/** The message names the file and the place, in both languages. */
function named(m: Bi | undefined, file: string, place: { zh: string; en: string } | null, says?: RegExp): void {
  ok(m, `no message about ${file}`);
  for (const lang of ['zh', 'en'] as const) {
    ok(m[lang].includes(`data/${file}`), `the ${lang} message does not name data/${file}: ${clip(m[lang])}`);
    if (place) ok(m[lang].includes(place[lang]), `the ${lang} message does not name ${place[lang]}: ${clip(m[lang])}`);
  }
  bilingual(m, 'the message', [`data/${file}`, ...(place ? [place.en] : [])]);
  ok(says_(says, m.en), `the message does not say ${says}: ${clip(m.en)}`);
}

/** What the page still draws with every file whole. */
let whole: AtlasSeen | undefined;
const wholeAtlas = async () => (whole ??= await openAtlas({}));

// china-base.topo.json holds the provinces, the prefectures and the pilots (china.topo.json and pilots.geojson are not loaded by the page).
const REQUIRED = ['sources.json', 'basemap.json', 'china-base.topo.json', 'south-china-sea.topo.json'] as const;
const OPTIONAL = ['layouts-index.json', 'indicators.json', 'formulas.json', 'pilot-docs.json'] as const;

/** A broken file at page load: named on the error page (required) or in a note (optional); the rest drawn. */
const atLoad = (file: (typeof REQUIRED)[number] | (typeof OPTIONAL)[number], b: Breakage, suffix = short(b)): Row => ({
  id: `2.${file.replace(/\.(json|geojson)$/, '')}-${suffix}`,
  cls: 2,
  input: `data/${file} ${b.how}`,
  sees: (REQUIRED as readonly string[]).includes(file) ? 'an error page naming the file and the place; the map draws what the other files hold' : 'a note naming the file and the place; the map as usual',
  run: async () => {
    const real = dataText(file);
    const seen = await openAtlas({ [file]: b.text(real) === null ? null : b.text(real) });
    ok(!seen.crashed, `the page got no data (a blank page): ${clip(seen.crashed ?? '')}`);
    const required = (REQUIRED as readonly string[]).includes(file);
    const list = required ? seen.broken : seen.notes;
    eq(list.length, 1, required ? 'error page items' : 'notes');
    named(list[0], file, b.place(real), b.says);
    const all = await wholeAtlas();
    if (file !== 'china-base.topo.json') eq(seen.pilots, all.pilots, 'pilots still drawn');
    if (file !== 'china-base.topo.json') eq(seen.provinces, all.provinces, 'provinces still drawn');
    if (file !== 'layouts-index.json') eq(seen.layouts, all.layouts, 'plans still offered');
  },
});

/** A file the page loads later (stories, the gazetteer): its loader's message names it and the place. */
const later = (file: 'gazetteer.json' | 'stories/index.json' | `stories/${string}.json`, b: Breakage, sees: string, suffix = short(b)): Row => ({
  id: `2.${file.replace(/\.(json|geojson)$/, '').replace('/', '-')}-${suffix}`,
  cls: 2,
  input: `data/${file} ${b.how}`,
  sees,
  run: async () => {
    const real = dataText(file);
    const seen = await loadDataFile(file, b.text(real));
    ok(seen.error, 'loaded without a word');
    named(seen.error, file, b.place(real), b.says);
  },
});

const plan = (b: Breakage): Row => ({
  id: `2.layouts-geojson-${short(b)}`,
  cls: 2,
  input: `data/layouts.geojson ${b.how}, then whole again`,
  sees: 'picking a plan gives a note naming the file and the place; the next pick, with the file whole, draws the plan',
  run: async () => {
    const real = dataText('layouts.geojson');
    const { first, second } = await pickPlanTwice(b.text(real));
    named(first.error ?? undefined, 'layouts.geojson', b.place(real), b.says);
    ok(second.error === null && Number(second.value) > 0, `the next pick failed too: ${clip(second.error?.en ?? '')}`);
  },
});

export const DATA_ROWS: Row[] = [
  ...REQUIRED.flatMap((file) => [atLoad(file, TRUNCATED), atLoad(file, MALFORMED)]),
  atLoad('china-base.topo.json', MISSING),
  atLoad('basemap.json', EMPTY),
  atLoad(
    'china-base.topo.json',
    shape('without objects.pilots.geometries[3].properties.id', 'objects.pilots.geometries[3].properties', (j) => {
      delete ((j.objects as { pilots: { geometries: { properties: Record<string, unknown> }[] } }).pilots.geometries[3]!.properties as Record<string, unknown>).id;
    }),
    'pilot-shape',
  ),
  atLoad(
    'sources.json',
    shape('with documents[1].id a number', 'documents[1].id', (j) => {
      (j.documents as Record<string, unknown>[])[1]!.id = 42;
    }),
  ),
  atLoad(
    'basemap.json',
    shape('with bounds a string', 'bounds', (j) => {
      j.bounds = 'china';
    }),
  ),
  atLoad(
    'china-base.topo.json',
    shape('without objects.provinces', 'objects.provinces', (j) => {
      delete (j.objects as Record<string, unknown>).provinces;
    }),
  ),
  atLoad('layouts-index.json', TRUNCATED),
  atLoad('indicators.json', TRUNCATED),
  atLoad('formulas.json', MALFORMED),
  atLoad('pilot-docs.json', MISSING),
  atLoad(
    'layouts-index.json',
    shape('with layouts[2].bbox of one number', 'layouts[2].bbox', (j) => {
      (j.layouts as Record<string, unknown>[])[2]!.bbox = [1];
    }),
  ),
  plan(TRUNCATED),
  plan(MALFORMED),
  plan(
    shape('without features[3].properties.layout', 'features[3].properties.layout', (j) => {
      delete ((j.features as { properties: Record<string, unknown> }[])[3]!.properties as Record<string, unknown>).layout;
    }),
  ),
  later('stories/index.json', TRUNCATED, 'the 演示 picker: a note naming the file and the place'),
  later(
    'stories/index.json',
    shape('with stories[1].id missing', 'stories[1].id', (j) => {
      delete (j.stories as Record<string, unknown>[])[1]!.id;
    }),
    'a note naming the file and stories[1].id',
  ),
  later('stories/changle.json', TRUNCATED, 'playing the story: a note naming the file and the place'),
  later(
    'stories/changle.json',
    shape('with slides[1] a number', 'slides[1]', (j) => {
      (j.slides as unknown[])[1] = 5;
    }),
    'a note naming the file and slides[1]',
  ),
  later('stories/changle.json', MISSING, 'playing a story the index lists but the server lacks: a note naming the file'),
  later(
    'stories/changle.json',
    shape('whose id says fuzhou', 'id', (j) => {
      j.id = 'fuzhou';
    }),
    'a note naming the file and its id',
    'wrong-id',
  ),
  later('gazetteer.json', TRUNCATED, "the editor's status names the file and the place"),
  later('gazetteer.json', EMPTY, "the editor's status: the file is empty"),
  later(
    'gazetteer.json',
    shape('with pilots a number', 'pilots', (j) => {
      j.pilots = 5;
    }),
    "the editor's status names the file and pilots",
  ),
];
