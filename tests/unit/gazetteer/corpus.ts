// Shared fixtures for the gazetteer tests: the real data file and the real corpus, read from disk.
import { readFileSync } from 'node:fs';
import * as OpenCC from 'opencc-js';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');

export const GAZETTEER_FILE = 'data/gazetteer.json';
export const rawGazetteer = (): unknown => JSON.parse(read(GAZETTEER_FILE));

type ManifestDoc = { id: string; file: string; script: string; seat: { at: [number, number] } | null };
export const manifest = JSON.parse(read('data/sources/manifest.json')) as { documents: ManifestDoc[] };

const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });
/** Text of a corpus document, in simplified characters (the Fuzhou plan is traditional). */
export function docText(id: string): string {
  const doc = manifest.documents.find((d) => d.id === id);
  if (!doc) throw new Error(`no document "${id}" in manifest.json`);
  const text = read(`data/sources/${doc.file}`);
  return doc.script === 'traditional' ? toSimplified(text) : text;
}

/** The 59 pilot names of the batch document, from its table of contents (e.g. "北京市房山区"). */
export function batchTocNames(): string[] {
  return docText('batch2')
    .split('\n')
    .flatMap((line) => line.match(/^\|\s*(.+?)试点工作方案要点\.+\s*\|/)?.slice(1, 2) ?? []);
}

/** A province-level name opens every pilot heading (the document's own title, "第二批…", does not). */
const PROVINCE_FIRST = /^(?:北京市|天津市|上海市|重庆市|\S{2,3}省|\S{2,6}自治区)/;

/** The same names from the section headings in the body ("北京市房山区国家新型城镇化综合试点 工作方案要点"). */
export function batchHeadingNames(): string[] {
  return docText('batch2')
    .split('\n')
    .flatMap((line) => line.trim().match(/^(.+?)国家新型城镇化\s*综合试点\s*工作方案要点$/)?.slice(1, 2) ?? [])
    .filter((name) => PROVINCE_FIRST.test(name));
}

/** Great-circle distance in km. */
export function distanceKm([lng1, lat1]: readonly [number, number], [lng2, lat2]: readonly [number, number]): number {
  const rad = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * rad) / 2) ** 2 +
    Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lng2 - lng1) * rad) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}
