import { MUNICIPALITIES } from './provinces.ts';
import type { CountyUnit, SourceUnit } from './unit.ts';

/**
 * The prefecture-level unit a county belongs to, from its code:
 * - municipalities and SARs (北京, 天津, 上海, 重庆, 香港, 澳门): the province-level unit itself
 *   (prefectureId = provinceId), since no prefecture stands between it and its districts;
 * - province-direct county-level units (codes xx90xx: 济源, 仙桃, 石河子, Hainan's 琼海 …) and
 *   prefecture-level units without counties (codes ending 00: 东莞, 中山, 嘉峪关, 儋州, 三沙):
 *   the unit itself (prefectureId = id);
 * - anything else: the code's first four digits + "00", named from `names`.
 * Units whose adapter already set a prefecture (Taiwan, or a swapped-in source) keep it.
 */
export function prefectureOf(
  unit: SourceUnit & { id: string },
  names: ReadonlyMap<string, string>,
): { prefectureId: string; prefecture: string } {
  if (unit.prefectureId) {
    return { prefectureId: unit.prefectureId, prefecture: unit.prefecture ?? names.get(unit.prefectureId) ?? unit.prefectureId };
  }
  if (MUNICIPALITIES.has(unit.provinceId)) return { prefectureId: unit.provinceId, prefecture: unit.province };
  if (unit.id.slice(2, 4) === '90' || unit.id.endsWith('00')) return { prefectureId: unit.id, prefecture: unit.name };
  const prefectureId = `${unit.id.slice(0, 4)}00`;
  const prefecture = unit.prefecture ?? names.get(prefectureId);
  if (!prefecture) throw new Error(`${unit.source} › no name for prefecture ${prefectureId} of "${unit.name}" (${unit.id})`);
  return { prefectureId, prefecture };
}

/** Completes every unit's prefecture; every unit must have an id and a geometry by now. */
export function assignPrefectures(units: SourceUnit[], names: ReadonlyMap<string, string>): CountyUnit[] {
  return units.map((unit) => {
    if (unit.id === null) throw new Error(`${unit.source} › "${unit.name}" still has no id`);
    if (unit.geometry === null) throw new Error(`${unit.source} › "${unit.name}" still has no geometry`);
    if (unit.provinceId.slice(0, 2) !== unit.id.slice(0, 2) && unit.provinceId !== '710000') {
      throw new Error(`${unit.source} › "${unit.name}" (${unit.id}) is filed under province ${unit.provinceId}`);
    }
    return { ...unit, id: unit.id, geometry: unit.geometry, ...prefectureOf({ ...unit, id: unit.id }, names) };
  });
}
