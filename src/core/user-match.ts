/**
 * Joins the rows of a person's file to China's provinces, prefectures and counties: by adcode, by
 * name, by name with its province or prefecture before it (山西省长治市城区), or by the name
 * without its suffix (福建 → 福建省). A name several units share is resolved by the level most of
 * the file's rows name (a file of provinces means the province 北京市, not the prefecture), and
 * else reported, never guessed. Names that match nothing get the closest names as suggestions.
 */
import { adcodeOf, bareName, fullName, LEVELS, normaliseKey, unitKey, type Level, type Unit } from './unit-names.ts';
import { distance, SOUND_ALIKE } from './name-distance.ts';

export { bareName, fullName, unitKey, type Level, type Unit } from './unit-names.ts';

export interface KeyedRow {
  key: string;
  value: number;
  line: number;
}

export interface Unmatched {
  key: string;
  line: number;
  reason: 'unknown' | 'ambiguous' | 'duplicate';
  /** Unknown: the closest unit names; ambiguous: the units it could be, by full name; duplicate: the first line. */
  suggestions: string[];
}

export interface Matched {
  /** Unit key (unitKey) → value. */
  values: Map<string, number>;
  /** Unit key → the unit. */
  units: Map<string, Unit>;
  /** Keys that named no unit, several, or one an earlier line already gave a value. */
  unmatched: Unmatched[];
  /** The level most rows name (null when none matched). */
  level: Level | null;
}

/** Rows whose unknown names get suggestions (the legend lists a dozen; the search is linear in the units). */
const SUGGEST_MAX = 60;

/** The index of a set of units, built once per set. */
export class UnitIndex {
  readonly byId = new Map<string, Unit[]>();
  readonly byName = new Map<string, Unit[]>();
  readonly byBare = new Map<string, Unit[]>();
  readonly names: { unit: Unit; chars: string[]; bare: string[] }[] = [];
  /** Character → the names (indexes into `names`) whose bare form holds it: suggestions are sought among names sharing a character. */
  private readonly byChar = new Map<string, number[]>();

  /** `indexNow` false: the caller indexes the units itself, all of them in order, by `indexUnits` (a long list in several tasks). */
  constructor(
    readonly units: readonly Unit[],
    indexNow = true,
  ) {
    if (indexNow) this.indexUnits(0, units.length);
  }

  /** Indexes `units[from]` to `units[to − 1]`. */
  indexUnits(from: number, to: number): void {
    const add = (map: Map<string, Unit[]>, key: string, u: Unit) => {
      const list = map.get(key);
      if (!list) map.set(key, [u]);
      else if (!list.includes(u)) list.push(u);
    };
    for (const u of this.units.slice(from, to)) {
      add(this.byId, u.id, u);
      add(this.byName, normaliseKey(u.name), u);
      // With the province and/or prefecture before it, and their bare forms: 北京市朝阳区, 北京朝阳区.
      for (const prefix of [u.province, u.prefecture, u.province && u.prefecture && u.province !== u.prefecture ? u.province + u.prefecture : undefined]) {
        if (prefix && prefix !== u.name) {
          add(this.byName, normaliseKey(prefix + u.name), u);
          add(this.byName, bareName(prefix) + normaliseKey(u.name), u);
        }
      }
      add(this.byBare, bareName(u.name), u);
      const bare = [...bareName(u.name)];
      for (const c of new Set(bare)) {
        const list = this.byChar.get(c);
        if (list) list.push(this.names.length);
        else this.byChar.set(c, [this.names.length]);
      }
      this.names.push({ unit: u, chars: [...normaliseKey(u.name)], bare });
    }
  }

  /** The units a key could name. */
  candidates(rawKey: string): Unit[] {
    const key = normaliseKey(rawKey);
    return this.byId.get(adcodeOf(key)) ?? this.byName.get(key) ?? this.byBare.get(bareName(key)) ?? [];
  }

  /**
   * Up to 3 unit names closest to an unknown key (one or two edits, by its length), the
   * sound-alike ones first, then those near the file's other rows and at its level.
   */
  suggest(rawKey: string, near: { provinces: Set<string>; prefectures: Set<string>; level: Level | null }): string[] {
    const key = [...normaliseKey(rawKey)];
    const bare = [...bareName(rawKey)];
    if (key.length === 0 || key.length > 40) return [];
    // Edits allowed by length (none for two characters), one more if it is a sound-alike substitution (请 → 清).
    const allowed = (n: number) => (n <= 2 ? 0 : n <= 4 ? 1 : 2);
    const close = (r: { d: number; gap: number }, n: number) => r.d <= allowed(n) || (r.d === allowed(n) + 1 && r.gap <= SOUND_ALIKE * r.d);
    const hits: { unit: Unit; d: number; gap: number; rank: number }[] = [];
    // A name within an edit or two of the key shares one of its characters (keys of one character aside).
    const pool = new Set<number>();
    for (const c of new Set(key)) for (const i of this.byChar.get(c) ?? []) pool.add(i);
    const k = key.join('');
    for (const i of pool) {
      const { unit, chars, bare: b } = this.names[i]!;
      const full = distance(key, chars, allowed(key.length) + 1);
      const short = distance(bare, b, allowed(bare.length) + 1);
      const fits = [close(full, key.length) ? full : null, close(short, bare.length) ? short : null].filter((r): r is { d: number; gap: number } => r !== null);
      // A name cut short (内蒙 → 内蒙古自治区): the key begins the name or its bare form.
      if (key.length >= 2 && (chars.join('').startsWith(k) || b.join('').startsWith(k))) fits.push({ d: 1, gap: 3999 });
      if (fits.length === 0) continue;
      const best = fits.reduce((p, q) => (q.d < p.d || (q.d === p.d && q.gap < p.gap) ? q : p));
      const rank =
        (unit.prefecture && near.prefectures.has(unit.prefecture) ? 0 : 2) + (unit.province && near.provinces.has(unit.province) ? 0 : 1) + (unit.level === near.level ? 0 : 1);
      hits.push({ unit, ...best, rank });
    }
    hits.sort((p, q) => p.d - q.d || p.gap - q.gap || p.rank - q.rank);
    const names: string[] = [];
    for (const h of hits) {
      const shared = (this.byName.get(normaliseKey(h.unit.name))?.filter((u) => u.level === h.unit.level).length ?? 0) > 1;
      const name = shared ? fullName(h.unit) : h.unit.name;
      if (!names.includes(name)) names.push(name);
      if (names.length === 3) break;
    }
    return names;
  }
}

/** Joins rows to units (see the module's comment). */
export function matchRows(rows: readonly KeyedRow[], units: readonly Unit[] | UnitIndex): Matched {
  const index = units instanceof UnitIndex ? units : new UnitIndex(units);
  const candidates = rows.map((r) => index.candidates(r.key));
  // The level most rows can name; on a tie the coarser (a file of 北京市 and 上海市 means provinces).
  const score = new Map<Level | undefined, number>();
  for (const list of candidates) for (const level of new Set(list.map((u) => u.level))) score.set(level, (score.get(level) ?? 0) + 1);
  const order = [...LEVELS].sort((a, b) => (score.get(b) ?? 0) - (score.get(a) ?? 0) || LEVELS.indexOf(a) - LEVELS.indexOf(b));
  const top = order[0];
  const level = top && (score.get(top) ?? 0) > 0 ? top : null;
  const values = new Map<string, number>();
  const matchedUnits = new Map<string, Unit>();
  const firstLine = new Map<string, number>();
  const unmatched: Unmatched[] = [];
  const unknown: number[] = [];
  rows.forEach((row, i) => {
    const list = candidates[i]!;
    let unit: Unit | undefined;
    if (list.length === 1) unit = list[0];
    else if (list.length > 1) {
      for (const l of [...order, undefined]) {
        const at = list.filter((u) => u.level === l);
        if (at.length === 1) unit = at[0];
        if (at.length > 0) break;
      }
      if (!unit) {
        unmatched.push({ key: row.key, line: row.line, reason: 'ambiguous', suggestions: list.slice(0, 4).map(fullName) });
        return;
      }
    }
    if (!unit) {
      unknown.push(unmatched.length);
      unmatched.push({ key: row.key, line: row.line, reason: 'unknown', suggestions: [] });
      return;
    }
    const k = unitKey(unit);
    const first = firstLine.get(k);
    if (first !== undefined) {
      unmatched.push({ key: row.key, line: row.line, reason: 'duplicate', suggestions: [String(first)] });
      return;
    }
    firstLine.set(k, row.line);
    values.set(k, row.value);
    matchedUnits.set(k, unit);
  });
  const near = {
    provinces: new Set([...matchedUnits.values()].map((u) => (u.level === 'provinces' ? u.name : u.province)).filter((p): p is string => Boolean(p))),
    prefectures: new Set([...matchedUnits.values()].map((u) => (u.level === 'prefectures' ? u.name : u.prefecture)).filter((p): p is string => Boolean(p))),
    level,
  };
  for (const i of unknown.slice(0, SUGGEST_MAX)) unmatched[i]!.suggestions = index.suggest(unmatched[i]!.key, near);
  return { values, units: matchedUnits, unmatched, level };
}
