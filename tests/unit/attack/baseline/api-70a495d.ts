// @ts-nocheck -- written against the app as of commit 70a495d, not today's modules.
//
// The attack table's api.ts for the app as of commit 70a495d (before the bad-input work), used for
// the "before" column of docs/attack-run.md:
//
//   git worktree add ../before 70a495d && cd ../before && ln -s <repo>/node_modules && npm run data
//   cp -r <repo>/tests/unit/attack tests/unit/ && cp tests/unit/attack/baseline/api-70a495d.ts tests/unit/attack/api.ts
//   ATTACK_BASELINE=1 node --import tsx --import ./tests/unit/attack/css-hook.mjs tests/unit/attack/run.ts before.json 30
//
// Each function does what that version's page did with the input (main.ts's readUserFile and
// user-layer.ts's drawUserLayer without the map; the editor's compile(); the bridge's sanitiseState),
// shown as that version showed it. What that version had no code for throws "not handled".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { assertChinaTopology, chinaLayers } from '../../../src/core/china-topology.ts';
import { matchRows, parseUserFile } from '../../../src/core/user-data.ts';
import { classify } from '../../../src/core/thematic/classify.ts';
import { colours } from '../../../src/core/thematic/schemes.ts';
import { t } from '../../../src/app/i18n.ts';
import { DEFAULT_STATE, mergeState, parseState } from '../../../src/core/url-state.ts';
import { sanitiseState } from '../../../src/app/embed/bridge.ts';
import { compileLayout, formatLayoutError } from '../../../src/core/layout/index.ts';
import { lineOfPath, syntaxErrors } from '../../../src/core/layout/json-lines.ts';
import { loadJson } from '../../../src/app/load.ts';
import { loadAtlasData } from '../../../src/app/atlas-data.ts';
import { StoryLibrary } from '../../../src/app/story/library.ts';
import { validateGazetteer } from '../../../src/core/schema/gazetteer.ts';
import { ctx } from '../layout/fixtures.ts';

export const ROOT = join(import.meta.dirname, '../../..');
const read = (...path) => readFileSync(join(ROOT, ...path), 'utf8');
const both = (f) => ({ zh: f('zh'), en: f('en') });
const LEVELS = ['provinces', 'prefectures', 'counties'];

let china;
const boundaries = () => {
  if (!china) {
    const topology = JSON.parse(read('data/geo/china.topo.json'));
    assertChinaTopology(topology, 'data/geo/china.topo.json');
    china = chinaLayers(topology);
  }
  return china;
};

export function importFile(name, input) {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  const none = { refused: null, crashed: null, drawn: 0, classes: 0, notes: [], rows: [], level: null, features: 0, encoding: null };
  let file;
  try {
    // main.ts: parseUserFile(file.name, await file.text()) — Blob.text() decodes UTF-8.
    file = parseUserFile(name, new TextDecoder().decode(bytes));
    const c = boundaries();
    const units = LEVELS.flatMap((level) => c[level].features.map((f) => ({ id: f.properties.id, name: f.properties.name, level })));
    const matched = file.geojson ? { values: new Map(file.rows.map((r, i) => [String(i), r.value])), unmatched: [] } : matchRows(file.rows, units);
    const values = [...matched.values.values()];
    const k = classify(values, 'quantile', Math.min(5, Math.max(1, new Set(values).size)));
    const palette = colours('YlGnBu', Math.max(3, k.k)).slice(-k.k);
    return {
      ...none,
      drawn: matched.values.size,
      classes: palette.length,
      // userLegend: the unmatched keys with their line (skipped lines only counted).
      notes: matched.unmatched.map((u) => both((lang) => `${u.key}（${t(lang, 'line')} ${u.line}，${t(lang, u.reason === 'ambiguous' ? 'userAmbiguous' : 'userUnknown')}）`)),
      rows: file.rows.map((r) => ({ key: r.key, value: r.value, line: r.line })),
      features: file.geojson?.features.length ?? 0,
    };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // main.ts: `${t(lang, 'userError')}: ${message}` in a box over the map.
    const refused = { title: both((lang) => t(lang, 'userError')), lines: [{ zh: message, en: message }] };
    return { ...none, refused, crashed: message.startsWith(`${name} › `) ? null : `${error.name}: ${message}` };
  }
}

export function openUrl(query) {
  // main.ts: parseState(location.search); the warnings went nowhere a reader sees.
  return { state: parseState(query).state, note: [] };
}

export function hostSends(current, state) {
  return { state: mergeState(current, sanitiseState(state)), warnings: [] };
}

export const START = { ...DEFAULT_STATE, indicator: 'urbanization_baseline', year: 2020, classes: 5, lang: 'zh' };

export function editSpec(text) {
  // layout-editor.ts compile(): syntax errors, else the compiler's, each at lineOfPath.
  try {
    const problems = syntaxErrors(text);
    let features = [];
    if (problems.length === 0) {
      const result = compileLayout(JSON.parse(text), ctx, 'editor');
      features = result.features;
      for (const e of result.errors) problems.push({ line: lineOfPath(text, e.path), message: formatLayoutError(e).replace(/^editor › /, '') });
    }
    // The list showed `行 N` and the message as it was, in either language.
    return { problems: problems.map((p) => ({ ...p, text: { zh: p.message, en: p.message } })), drawn: features.length, crashed: null };
  } catch (error) {
    return { problems: [], drawn: 0, crashed: String(error) };
  }
}

async function withFiles(files, run) {
  const real = globalThis.fetch;
  const base = 'http://atlas.test/';
  globalThis.fetch = async (url) => {
    const path = String(url).slice(base.length);
    const name = path.replace(/^data\//, '');
    if (Object.hasOwn(files, name)) {
      const text = files[name];
      return text === null ? new Response('not found', { status: 404 }) : new Response(text);
    }
    if (name === 'china.topo.json') return new Response(fujianTopology());
    try {
      return new Response(read('public', path));
    } catch {
      return new Response('not found', { status: 404 });
    }
  };
  try {
    return await run(base);
  } finally {
    globalThis.fetch = real;
  }
}

export const dataText = (name) => read('public/data', name);
let fujian;
function fujianTopology() {
  if (fujian === undefined) {
    const topology = JSON.parse(dataText('china.topo.json'));
    for (const object of Object.values(topology.objects)) object.geometries = object.geometries.filter((g) => (g.properties.provinceId ?? g.properties.id) === '350000');
    fujian = JSON.stringify(topology);
  }
  return fujian;
}

// That version had no describeError: a message was its English text, in either language.
const describe = (error) => {
  const message = error instanceof Error ? error.message : String(error);
  return { zh: message, en: message };
};

export async function loadDataFile(name, text) {
  return withFiles({ [name]: text }, async (base) => {
    try {
      if (name === 'gazetteer.json') {
        // layout-editor.ts: validateGazetteer(await response.json(), 'data/gazetteer.json').
        const response = await fetch(new URL('data/gazetteer.json', base));
        return { value: validateGazetteer(await response.json(), 'data/gazetteer.json'), error: null };
      }
      const library = new StoryLibrary(base);
      if (name === 'stories/index.json') return { value: await library.index(), error: null };
      return { value: await library.story(name.slice('stories/'.length, -'.json'.length)), error: null };
    } catch (error) {
      return { value: null, error: describe(error) };
    }
  });
}

export async function pickPlanTwice() {
  throw new Error('not handled: layouts.geojson was fetched inside mount.ts (no loader to call)');
}

export async function openAtlas(files) {
  return withFiles(files, async (base) => {
    try {
      const data = await loadAtlasData(base);
      return { broken: [], notes: (data.problems ?? []).map(describe), pilots: data.pilots.features.length, provinces: data.china.provinces.features.length, layouts: data.layouts.length, records: data.records.length, crashed: null };
    } catch (error) {
      return { broken: [], notes: [], pilots: 0, provinces: 0, layouts: 0, records: 0, crashed: String(error) };
    }
  });
}

export const PAGES = { 'index.html': 'index.html', 'embed.html': 'embed.html', 'widget-demo.html': 'public/widget-demo.html' };
export const pageHtml = (page) => read(PAGES[page]);
/** That version's servers sent no page headers. */
export const headersFor = () => ({});
