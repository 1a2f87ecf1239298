import type { PilotProps } from '../../core/schema/pilots.ts';
import { fold, nameParts, nameStem, provinceStem } from './normalise.ts';

/** One pilot as the search box knows it. */
export interface SearchEntry {
  id: string;
  /** Chinese name, e.g. 房山区. */
  zh: string;
  /** English name, e.g. "Fangshan District, Beijing". */
  en: string;
  /** Chinese province, e.g. 北京市. */
  province: string;
  /** English province, e.g. "Beijing"; @default the last comma part of `en` */
  provinceEn?: string;
  /** Other names: former and full official names (章丘区, 芷江侗族自治县) and the documents' own (北京市房山区). */
  aliases: string[];
  /** Toneless pinyin of each character of `zh`, as the build computed it (pilots.geojson `pinyin`). */
  pinyin?: readonly string[];
}

/** The part of data/gazetteer.json the search reads (the parsed file, or its `pilots` as loaded). */
export interface SearchGazetteer {
  pilots: readonly {
    id: string;
    aliases?: readonly { name: string }[];
    sourceNames?: readonly string[];
    province?: { en: string };
  }[];
}

/** Search entries of the pilots, in their order; the gazetteer adds aliases and English provinces. */
export function searchEntries(pilots: readonly PilotProps[], gazetteer?: SearchGazetteer): SearchEntry[] {
  const extra = new Map((gazetteer?.pilots ?? []).map((p) => [p.id, p]));
  return pilots.map((p) => {
    const g = extra.get(p.id);
    const aliases = [...(g?.aliases ?? []).map((a) => a.name), ...(g?.sourceNames ?? [])].filter((a, i, all) => a !== p.name && all.indexOf(a) === i);
    const provinceEn = g?.province?.en ?? p.nameEn.split(',').at(-1)?.trim();
    return { id: p.id, zh: p.name, en: p.nameEn, province: p.province, ...(provinceEn ? { provinceEn } : {}), aliases, ...(p.pinyin ? { pinyin: p.pinyin } : {}) };
  });
}

/** What a key is: the entry's own name, another name, pinyin initials, or its province. Lower ranks first. */
export const KEY_KINDS = { name: 0, alias: 1, initials: 2, province: 3 } as const;
export type KeyKind = keyof typeof KEY_KINDS;

/** A form of an entry a query is compared to: `text` folded (normalise.ts), `label` as written. */
export interface SearchKey {
  text: string;
  label: string;
  kind: KeyKind;
  /** Shortest query the key answers (province + name keys need more than the province). @default 1 */
  minLength?: number;
}

const HAN = /\p{Script=Han}/gu;

/** Every key of an entry: names, their stems and parts, aliases, English and pinyin forms, province. */
export function entryKeys(entry: SearchEntry): SearchKey[] {
  const keys: SearchKey[] = [];
  const add = (label: string, kind: KeyKind, text = fold(label), minLength?: number) => {
    if (text !== '' && !keys.some((k) => k.text === text && KEY_KINDS[k.kind] <= KEY_KINDS[kind])) {
      keys.push({ text, label, kind, ...(minLength ? { minLength } : {}) });
    }
  };
  const zhNames = [entry.zh, ...nameParts(entry.zh)];
  for (const n of zhNames) {
    add(n, 'name');
    add(n, 'name', fold(nameStem(n)));
  }
  const enHead = entry.en.split(',')[0] ?? '';
  const enWords = enHead.split(/\s+/).filter((w) => w !== '');
  add(entry.en, 'name');
  add(entry.en, 'name', fold(enHead));
  if (enWords[0]) add(entry.en, 'name', fold(enWords[0]));

  const provinceEn = entry.provinceEn ?? entry.en.split(',').at(-1)?.trim() ?? '';
  // Province and name together (北京房山, "beijing fangshan"): only for queries reaching into the name,
  // so that a province alone (北京, "bei") matches through the province key, ranked below names.
  const zhProvince = fold(provinceStem(entry.province));
  add(entry.zh, 'alias', zhProvince + fold(nameStem(entry.zh)), zhProvince.length + 1);
  if (enWords[0]) add(entry.en, 'alias', fold(provinceEn) + fold(enWords[0]), fold(provinceEn).length + 1);
  for (const a of entry.aliases) {
    // The documents' names start with the province (江西省艾城镇): like the keys above, not for the province alone.
    const long = a.length > entry.province.length && a.startsWith(entry.province) ? fold(entry.province).length + 1 : undefined;
    add(a, 'alias', fold(a), long);
    add(a, 'alias', fold(nameStem(a)), long);
  }

  // Full pinyin and initials of the name, its stem and its parts (狮山镇: shishanzhen, shishan, ssz, ss;
  // 津市市—澧县: lixian, lx), from the build's pinyin of each character.
  const syllables = entry.pinyin?.length === [...entry.zh].length ? entry.pinyin : null;
  if (syllables) {
    for (const form of new Set(zhNames.flatMap((n) => [n, nameStem(n)]))) {
      const at = entry.zh.indexOf(form);
      if (at < 0 || form.match(HAN)?.length !== [...form].length) continue;
      const start = [...entry.zh.slice(0, at)].length;
      const own = syllables.slice(start, start + [...form].length);
      if (own.length < 2) continue;
      add(form, 'name', fold(own.join('')));
      add(entry.en, 'initials', own.map((s) => s[0]).join(''));
    }
  }

  add(entry.province, 'province');
  add(entry.province, 'province', fold(provinceStem(entry.province)));
  if (provinceEn) add(provinceEn, 'province');
  return keys;
}
