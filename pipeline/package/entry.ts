/**
 * A document taken in from a package, as the corpus's manifest lists it: its id, its title (the
 * package's, else the document's own first heading) and an English title made from the document
 * (its place in English and the kind of document its title names), and the manifest's text with
 * the new entries appended.
 */
import { isDeepStrictEqual } from 'node:util';
import type { Manifest, SourceDocument } from '../../src/core/schema/manifest.ts';
import { namePinyin } from '../pinyin.ts';

const hanOf = (s: string) => [...s].filter((c) => /\p{Script=Han}/u.test(c)).join('');

/** The id of a document taken in: its first unit in pinyin and its text's hash (stable, unique, ascii). */
export function packageDocId(unit: string, digest: string): string {
  const han = hanOf(unit);
  let slug = '';
  try {
    slug = han ? namePinyin(han).join('') : '';
  } catch {
    slug = '';
  }
  slug = slug.replace(/[^a-z0-9]/g, '').slice(0, 24);
  return `${slug || 'document'}-${digest.slice(0, 8)}`;
}

/** The kinds of document a title names, most specific first, in English. */
const KINDS: [RegExp, string][] = [
  [/工作方案要点/, 'highlights of the work plan'],
  [/新型城镇化规划/, 'new-urbanization plan'],
  [/新型城镇化.*实施方案/, 'new-urbanization implementation plan'],
  [/试点.*实施方案|实施方案.*试点/, 'pilot implementation plan'],
  [/实施方案/, 'implementation plan'],
  [/试点.*方案/, 'pilot plan'],
  [/工作方案/, 'work plan'],
  [/总体规划/, 'master plan'],
  [/规划/, 'plan'],
  [/方案/, 'plan'],
  [/实施意见|意见/, 'opinions'],
  [/通知/, 'notice'],
];

const SUFFIXES: [string, string][] = [['自治州', ' Autonomous Prefecture'], ['自治县', ' Autonomous County'], ['自治区', ''], ['省', ''], ['市', ''], ['县', ' County'], ['区', ' District'], ['旗', ' Banner'], ['镇', ' Town']];

/** One unit's name in pinyin, its suffix in English: 烟台市 → Yantai, 闽侯县 → Minhou County. */
function oneInEnglish(han: string): string {
  const suffix = SUFFIXES.find(([s]) => han.endsWith(s) && han.length > s.length);
  const stem = suffix ? han.slice(0, -suffix[0].length) : han;
  const words = namePinyin(stem).join('');
  return `${words.charAt(0).toUpperCase()}${words.slice(1)}${suffix?.[1] ?? ''}`;
}

/** A place's name in English, the unit first and the prefecture it names after it: 江苏省南京市江宁区 → Jiangning District, Nanjing. */
export function placeInEnglish(name: string): string {
  const han = hanOf(name).replace(/^.+?(省|自治区)(?=.)/, '');
  const parts = /^(.+?市)(.+[县区市旗镇])$/.exec(han);
  try {
    return parts ? `${oneInEnglish(parts[2]!)}, ${oneInEnglish(parts[1]!)}` : oneInEnglish(han);
  } catch {
    return name;
  }
}

/**
 * An English title for a person's document: its place (the pilot's English name, else the unit in
 * pinyin) and the kind of document its title names, with the years it gives:
 * “烟台市新型城镇化规划（2021—2035年）” → “Yantai: new-urbanization plan (2021–2035)”. A batch of several
 * units is titled by its first unit and their count.
 */
export function englishTitle(title: string, place: string, units: number): string {
  const kind = KINDS.find(([re]) => re.test(title))?.[1] ?? 'planning document';
  const years = /(\d{4})\s*[—–\-~至到]+\s*(\d{4})/.exec(title);
  const span = years ? ` (${years[1]}–${years[2]})` : '';
  const of = units > 1 ? `${place} and ${units - 1} other unit${units > 2 ? 's' : ''}` : place;
  return `${of}: ${kind}${span}`;
}

/** The text of a manifest with `entries` appended, keeping the hand-written layout of the entries already there. */
export function appendToManifest(text: string, manifest: Manifest, entries: SourceDocument[]): string {
  const wanted = { ...manifest, documents: [...manifest.documents, ...entries] };
  const close = text.lastIndexOf(']');
  const last = text.lastIndexOf('}', close);
  if (close > 0 && last > 0) {
    const block = entries.map((e) => `,\n    ${JSON.stringify(e, null, 2).replace(/\n/g, '\n    ')}`).join('');
    const appended = `${text.slice(0, last + 1)}${block}${text.slice(last + 1)}`;
    try {
      if (isDeepStrictEqual(JSON.parse(appended), wanted)) return appended;
    } catch {
      // Written anew below.
    }
  }
  return `${JSON.stringify(wanted, null, 2)}\n`;
}
