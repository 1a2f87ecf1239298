import type { Lang } from '../../core/url-state.ts';
import { entryKeys, KEY_KINDS, type KeyKind, type SearchEntry } from './entry.ts';
import { fold, isLatin, MAX_QUERY } from './normalise.ts';

export { searchEntries, type SearchEntry, type SearchGazetteer } from './entry.ts';

/**
 * Finding pilots by name. A query matches a key exactly, as its prefix or inside it (in that
 * order of rank), in Chinese (also without 市/县/区/镇: 房山 = 房山区; and by former names:
 * 章丘区 → 章丘市), in English or pinyin regardless of case, spaces and tone marks
 * ("fangshan", "Fang", "yong'an"), and by pinyin initials ("fs"). Pure; never throws.
 */

/** Match tiers, best first. */
export const TIERS = { exact: 0, prefix: 1, substring: 2 } as const;
export type Tier = keyof typeof TIERS;

/** One result: the entry, how well and through which key it matched. */
export interface SearchHit {
  entry: SearchEntry;
  tier: Tier;
  kind: KeyKind;
  /** The key as written (an alias such as 章丘区 when the match came through it). */
  label: string;
}

const TIER_NAMES = Object.keys(TIERS) as Tier[];

/** How a folded query matches a folded key; initials never match inside, and only rank as prefix or below. */
function tierOf(query: string, key: string, kind: KeyKind): number | null {
  const latinLetter = query.length === 1 && isLatin(query);
  let tier: number | null = null;
  if (key === query) tier = TIERS.exact;
  else if (key.startsWith(query)) tier = TIERS.prefix;
  else if (!latinLetter && kind !== 'initials' && key.includes(query)) tier = TIERS.substring;
  if (tier !== null && kind === 'initials') return tier + 1 > TIERS.substring ? null : tier + 1;
  return tier;
}

/**
 * The entries matching a query, best first: by tier (exact, prefix, substring), then by key kind
 * (name, alias, initials, province), then closest in length, then by name in `lang`. [] for a blank query.
 */
export function rankPilots(query: string, entries: readonly SearchEntry[], lang: Lang): SearchHit[] {
  if (typeof query !== 'string') return [];
  const q = fold(query.slice(0, MAX_QUERY));
  if (q === '') return [];
  type Scored = { hit: SearchHit; tier: number; kind: number; spare: number };
  const better = (a: Omit<Scored, 'hit'>, b: Omit<Scored, 'hit'>) => a.tier - b.tier || a.kind - b.kind || a.spare - b.spare;
  const scored: Scored[] = [];
  for (const entry of entries) {
    let best: Scored | null = null;
    for (const key of entryKeys(entry)) {
      if (q.length < (key.minLength ?? 1)) continue;
      const tier = tierOf(q, key.text, key.kind);
      if (tier === null) continue;
      const candidate = { tier, kind: KEY_KINDS[key.kind], spare: key.text.length - q.length };
      if (best === null || better(candidate, best) < 0) {
        best = { ...candidate, hit: { entry, tier: TIER_NAMES[tier] as Tier, kind: key.kind, label: key.label } };
      }
    }
    if (best) scored.push(best);
  }
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { sensitivity: 'base', numeric: true });
  const name = (e: SearchEntry) => (lang === 'zh' ? e.zh : e.en);
  scored.sort((a, b) => better(a, b) || collator.compare(name(a.hit.entry), name(b.hit.entry)));
  return scored.map((s) => s.hit);
}

/** The entries matching a query, best first (see rankPilots); at most `limit`. */
export function searchPilots(query: string, entries: readonly SearchEntry[], lang: Lang, limit = Infinity): SearchEntry[] {
  return rankPilots(query, entries, lang).slice(0, Math.max(0, limit)).map((h) => h.entry);
}
