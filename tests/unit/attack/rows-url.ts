// Class 3: the page's URL parameters, each key with unknown, empty, repeated, very long, NaN,
// negative, unicode and script values. A valid neighbour (classes=7) is given in every URL: it must
// be kept whatever its neighbour does.
import { DEFAULT_STATE, type ViewState } from '../../../src/core/url-state.ts';
import { openUrl, type UrlSeen } from './api.ts';
import { bilingual, bounded, clip, eq, ok, type Row } from './check.ts';

const NEIGHBOUR = 'classes=7';
/** The neighbour for the classes rows themselves. */
const YEAR_NEIGHBOUR = 'year=2020';
const shown40 = (v: string) => (v.length > 40 ? `${v.slice(0, 40)}…` : v);

/** `key=value` is not applied, and the note on the map names it (clipped) in both languages. */
function dropped(seen: UrlSeen, key: string, value: string): void {
  const item = seen.note.find((n) => n.en.startsWith(`${key}=${shown40(value)} `));
  ok(item, `no note names ${clip(`${key}=${value}`, 50)} (note: ${clip(seen.note.map((n) => n.en).join('; ') || 'none')})`);
  ok(item.zh.startsWith(`${key}=${shown40(value)} `), `the Chinese note does not name ${key}`);
  bilingual(item, 'the note', [`${key}=${shown40(value)}`]);
}

const stateKey = (key: string): keyof ViewState | null => (Object.hasOwn(DEFAULT_STATE, key) ? (key as keyof ViewState) : ['center', 'zoom', 'bearing', 'pitch'].includes(key) ? 'camera' : null);

/** `?key=value&classes=7`: the value is dropped and noted; the state keeps its default; classes=7 kept. */
const bad = (key: string, value: string, what: string, extra = ''): Row => ({
  id: `3.${key}-${what.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`,
  cls: 3,
  input: `?${key}=${clip(value, 40)}${extra ? `&${extra}` : ''} (${what})`,
  sees: `${key} not applied; the note names ${key}=…; classes=7 kept`,
  run: () => {
    const neighbour = key === 'classes' ? YEAR_NEIGHBOUR : NEIGHBOUR;
    const seen = bounded(200, 'reading the URL', () => openUrl(`${key}=${encodeURIComponent(value)}${extra ? `&${extra}` : ''}&${neighbour}`));
    dropped(seen, key, value);
    const k = stateKey(key);
    if (key === 'pitch' || key === 'bearing') eq(seen.state.camera?.[key], 0, `state.camera.${key}`);
    else if (k) eq(seen.state[k], k === 'camera' ? null : DEFAULT_STATE[k], `state.${k}`);
    if (key === 'classes') eq(seen.state.year, 2020, 'the valid neighbour year');
    else eq(seen.state.classes, 7, 'the valid neighbour classes');
  },
});

/** A URL that should apply `expected` without a note about it. */
const fine = (id: string, query: string, what: string, expected: Partial<ViewState>, sees: string): Row => ({
  id: `3.${id}`,
  cls: 3,
  input: `?${clip(query, 60)} (${what})`,
  sees,
  run: () => {
    const seen = bounded(200, 'reading the URL', () => openUrl(`${query}&${NEIGHBOUR}`));
    for (const [k, v] of Object.entries(expected)) eq(seen.state[k as keyof ViewState], v, `state.${k}`);
    eq(seen.note.map((n) => n.en), [], 'the note');
    eq(seen.state.classes, 7, 'the valid neighbour classes');
  },
});

const SCRIPT = '<script>alert(1)</script>';
const LONG = 'a'.repeat(5000);

export const URL_ROWS: Row[] = [
  bad('lang', 'fr', 'unknown'),
  bad('lang', SCRIPT, 'script'),
  bad('indicator', 'nope', 'unknown'),
  bad('indicator', LONG, 'very long'),
  bad('indicator', '城镇化率', 'unicode'),
  bad('indicator', 'javascript:alert(1)', 'script URL'),
  bad('year', 'NaN', 'NaN'),
  bad('year', '-2020', 'negative'),
  bad('year', '1000', 'out of range'),
  bad('year', '２０２０', 'full-width digits'),
  bad('year', '2020.5', 'fraction'),
  bad('classes', '0', 'zero'),
  bad('classes', '-5', 'negative'),
  bad('classes', 'Infinity', 'Infinity'),
  bad('layout', 'nope', 'unknown'),
  bad('layout', '../../etc/passwd', 'path'),
  bad('layout', SCRIPT, 'script'),
  bad('pilot', 'atlantis', 'unknown'),
  bad('pilot', '烟台', 'unicode'),
  bad('story', 'nope', 'unknown'),
  bad('slide', '99', 'beyond the story', 'story=changle'),
  bad('slide', '-1', 'negative', 'story=changle'),
  bad('slide', 'NaN', 'NaN', 'story=changle'),
  bad('part', '<img src=x onerror=alert(1)>', 'markup'),
  bad('method', 'kmeans', 'unknown'),
  bad('breaks', '3,2,1', 'decreasing'),
  bad('breaks', 'NaN,1', 'NaN'),
  bad('breaks', Array.from({ length: 20 }, (_, i) => i).join(','), 'twenty breaks'),
  bad('scheme', 'javascript:alert(1)', 'script URL'),
  bad('province', '火星省', 'unknown'),
  bad('province', 'Shandong', 'latin'),
  bad('province', '山'.repeat(100), 'very long unicode'),
  bad('level', 'nope', 'unknown'),
  bad('doc', 'nope', 'unknown'),
  bad('view', 'map', 'unknown'),
  bad('agg', 'city', 'unknown'),
  bad('sort', '--x', 'double minus'),
  bad('sort', SCRIPT, 'script'),
  bad('center', 'abc', 'not numbers', 'zoom=5'),
  bad('center', '200,100', 'out of range', 'zoom=5'),
  bad('zoom', '-1', 'negative', 'center=119,26'),
  bad('zoom', 'NaN', 'NaN', 'center=119,26'),
  bad('zoom', '1e400', 'overflows', 'center=119,26'),
  bad('pitch', '90', 'too steep', 'center=119,26&zoom=5'),
  bad('bounds', '1,2,3', 'three numbers'),
  bad('bounds', '130,40,110,20', 'west east of east'),
  bad('bounds', '-200,-100,200,100', 'out of range'),
  fine('empty-values', 'indicator=&year=&province=&layout=', 'every key empty', { indicator: DEFAULT_STATE.indicator, year: null, province: null, layout: null }, 'the defaults, no note'),
  fine('repeated-first-valid', 'year=2020&year=abc&year=1900', 'a key repeated', { year: 2020 }, 'the first value applied, no note'),
  {
    id: '3.repeated-first-invalid',
    cls: 3,
    input: '?province=火星省&province=山东省 (repeated, first unknown)',
    sees: 'the first value read: dropped and noted',
    run: () => {
      const seen = openUrl(`province=${encodeURIComponent('火星省')}&province=${encodeURIComponent('山东省')}&${NEIGHBOUR}`);
      dropped(seen, 'province', '火星省');
      eq(seen.state.province, null, 'state.province');
    },
  },
  fine('unknown-key', 'utm_source=wechat&foo=<b>x</b>', 'keys the atlas does not know', { indicator: DEFAULT_STATE.indicator }, 'ignored quietly (tracking parameters are normal)'),
  {
    id: '3.proto-keys',
    cls: 3,
    input: '?__proto__=x&constructor=y&toString=z&hasOwnProperty=1',
    sees: 'ignored; no key reaches the state or Object.prototype',
    run: () => {
      const seen = openUrl(`__proto__=x&constructor=y&toString=z&hasOwnProperty=1&${NEIGHBOUR}`);
      eq(Object.keys(seen.state).sort(), Object.keys(DEFAULT_STATE).sort(), 'state keys');
      eq(typeof ({} as { hasOwnProperty: unknown }).hasOwnProperty, 'function', 'Object.prototype.hasOwnProperty');
      eq(seen.state.classes, 7, 'the valid neighbour classes');
    },
  },
  {
    id: '3.huge-query',
    cls: 3,
    input: 'a query of 100,000 parameters',
    sees: 'read in bounded time; classes=7 kept',
    run: () => {
      const query = `${Array.from({ length: 100_000 }, (_, i) => `k${i}=${i}`).join('&')}&year=abc`;
      const seen = bounded(1000, 'reading the URL', () => openUrl(`${query}&${NEIGHBOUR}`));
      dropped(seen, 'year', 'abc');
      eq(seen.state.classes, 7, 'the valid neighbour classes');
    },
  },
  {
    id: '3.bad-percent-encoding',
    cls: 3,
    input: '?province=%E5%B1%B&year=%ZZ (broken percent-encoding)',
    sees: 'no exception; both dropped and noted',
    run: () => {
      const seen = openUrl(`province=%E5%B1%B&year=%ZZ&${NEIGHBOUR}`);
      ok(seen.note.some((n) => n.en.startsWith('province=')), 'province not noted');
      ok(seen.note.some((n) => n.en.startsWith('year=')), 'year not noted');
      eq(seen.state.classes, 7, 'the valid neighbour classes');
    },
  },
  fine('all-valid', 'indicator=area&year=2020&province=山东省&lang=en', 'a valid link', { indicator: 'area', year: 2020, province: '山东省', lang: 'en' }, 'applied as given'),
];
