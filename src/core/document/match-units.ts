/**
 * The units of a person's document matched to the boundaries by name, with the index the user
 * CSV import joins its rows by (user-match.ts: adcode, name, name with its province or
 * prefecture, name without its suffix): county, prefecture or province. A name the boundaries
 * (2016 vintage) do not hold is tried under the gazetteer's other names for it (长乐区 → 长乐市);
 * a unit the gazetteer knows as a pilot can also be drawn as that pilot is (a town's point, a zone's
 * extent). Pure.
 */
import { bareName, fullName, UnitIndex, unitKey, type Level, type Unit } from '../user-match.ts';
import type { DocumentUnit } from './extract-document.ts';

/** Where a unit of the document is drawn: a boundary unit, or a pilot of the atlas. */
export type UnitChoice = { kind: 'unit'; key: string; label: string } | { kind: 'pilot'; id: string; label: string };

export interface UnitMatch {
  /** The choice made (null: not matched), and the others the person may pick instead. */
  chosen: UnitChoice | null;
  options: UnitChoice[];
}

export interface GazetteerPilot {
  id: string;
  name: { zh: string };
  sourceNames?: string[];
  aliases?: (string | { name: string })[];
  adcodes?: string[];
  province?: { zh: string };
}

export { boundaryIndex, boundaryIndexInSteps } from '../boundary-units.ts';

const unitChoice = (u: Unit): UnitChoice => ({ kind: 'unit', key: unitKey(u), label: fullName(u) });

/** The level a name's suffix points to: 省/自治区 a province, 县/区/旗 a county, else none. */
function levelBySuffix(name: string): Level | null {
  if (/(?:省|自治区)$/u.test(name)) return 'provinces';
  if (/(?:县|区|旗)$/u.test(name) && !/(?:新区|地区)$/u.test(name)) return 'counties';
  return null;
}

/** Candidates of one name, narrowed to the province the document gives. */
function candidatesOf(index: UnitIndex, name: string, province: string | null): Unit[] {
  const all = index.candidates(name);
  if (!province) return all;
  const inProvince = all.filter((u) => (u.level === 'provinces' ? u.name : u.province) === province || bareName(u.province ?? u.name) === bareName(province));
  return inProvince.length > 0 ? inProvince : all;
}

/** One unit among several: the one at the level its suffix names, else the coarsest (a document on 北京市 is about the province). */
function pick(list: readonly Unit[], name: string): Unit | null {
  if (list.length === 1) return list[0]!;
  if (list.length === 0) return null;
  const level = levelBySuffix(name);
  const atLevel = level ? list.filter((u) => u.level === level) : [];
  if (atLevel.length === 1) return atLevel[0]!;
  for (const l of ['provinces', 'prefectures', 'counties'] as const) {
    const at = list.filter((u) => u.level === l);
    if (at.length === 1) return at[0]!;
    if (at.length > 1) return null;
  }
  return null;
}

/**
 * Matches each unit: by its name as written (with the province its heading gives), by the unit
 * without the province, then by the gazetteer's names for the pilot it joined (or that name it).
 * A unit the gazetteer drew as a pilot (`pilots` holds the ids the map has) is drawn as that
 * pilot when no single boundary unit is named, and is always offered.
 */
export function matchUnits(units: readonly DocumentUnit[], index: UnitIndex, gazetteer: readonly GazetteerPilot[], pilots: ReadonlySet<string>): UnitMatch[] {
  return units.map((u) => {
    const gaz = gazetteer.find((p) => p.id === u.pilot) ?? gazetteer.find((p) => [p.name.zh, ...(p.sourceNames ?? []), ...(p.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.name))].some((n) => n === u.name || n === u.unit));
    const names = [u.name, u.unit];
    const province = u.province ?? gaz?.province?.zh ?? null;
    let list: Unit[] = [];
    for (const name of names) {
      list = candidatesOf(index, name, province);
      if (list.length > 0) break;
    }
    // Renamed or merged units: the gazetteer's adcodes (2016 vintage), then its other names.
    if (list.length === 0 && gaz) {
      for (const code of gaz.adcodes ?? []) list.push(...index.candidates(code));
      if (list.length === 0) {
        for (const n of [gaz.name.zh, ...(gaz.sourceNames ?? []), ...(gaz.aliases ?? []).map((a) => (typeof a === 'string' ? a : a.name))]) {
          list = candidatesOf(index, n, province);
          if (list.length > 0) break;
        }
      }
    }
    const unit = pick(list, u.unit);
    const pilot: UnitChoice | null = gaz && pilots.has(gaz.id) ? { kind: 'pilot', id: gaz.id, label: gaz.name.zh } : null;
    const options: UnitChoice[] = [...(pilot ? [pilot] : []), ...list.map(unitChoice)];
    // The units of the same province, to correct a match by hand.
    const home = unit ? (unit.level === 'provinces' ? unit.name : unit.province) : province;
    if (home) {
      const offered = new Set(options.flatMap((o) => (o.kind === 'unit' ? [o.key] : [])));
      for (const candidate of index.units) {
        const inHome = candidate.level === 'provinces' ? candidate.name === home : candidate.province === home;
        if (!inHome) continue;
        const key = unitKey(candidate);
        if (offered.has(key)) continue;
        offered.add(key);
        options.push(unitChoice(candidate));
      }
    }
    // A pilot the atlas draws at its curated extent (a zone, a town) is drawn so; else the boundary unit.
    const chosen = pilot && (!unit || gaz?.adcodes?.length !== 1 || gaz.adcodes[0] !== unit.id) ? pilot : unit ? unitChoice(unit) : pilot;
    return { chosen, options };
  });
}
