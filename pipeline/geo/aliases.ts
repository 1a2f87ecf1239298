/**
 * Units of the source (late-2016 vintage) that were renamed, re-coded or merged since:
 * the data keeps its own id and name, and the output adds `nameCurrent` / `idCurrent`.
 * Keyed by the data's id AND name, so a row that no longer matches the data fails the build.
 *
 * Partial on purpose: it lists the changes this project has checked (the pilots' places
 * first), each with the year and the State Council / MCA approval it follows. Add rows here
 * when a pilot or a layout needs one; do not guess codes.
 */
export interface Alias {
  id: string;
  name: string;
  idCurrent?: string;
  nameCurrent?: string;
  /** Year of the change and what happened. */
  note: string;
}

export const COUNTY_ALIASES: readonly Alias[] = [
  // Data already has the new name but kept the old code.
  { id: '370181', name: '章丘区', idCurrent: '370114', note: '2016: 章丘市 → 济南市章丘区' },
  { id: '530122', name: '晋宁区', idCurrent: '530115', note: '2016: 晋宁县 → 昆明市晋宁区' },
  // Renamed or re-coded after the data's vintage.
  { id: '500228', name: '梁平县', idCurrent: '500155', nameCurrent: '梁平区', note: '2016-11: 梁平县 → 梁平区' },
  { id: '500232', name: '武隆县', idCurrent: '500156', nameCurrent: '武隆区', note: '2016-11: 武隆县 → 武隆区' },
  { id: '350182', name: '长乐市', idCurrent: '350112', nameCurrent: '长乐区', note: '2017: 长乐市 → 福州市长乐区' },
  { id: '330185', name: '临安市', idCurrent: '330112', nameCurrent: '临安区', note: '2017: 临安市 → 杭州市临安区' },
  { id: '430124', name: '宁乡县', idCurrent: '430182', nameCurrent: '宁乡市', note: '2017: 宁乡县 → 宁乡市' },
  { id: '511028', name: '隆昌县', idCurrent: '511083', nameCurrent: '隆昌市', note: '2017: 隆昌县 → 隆昌市' },
  { id: '130823', name: '平泉县', idCurrent: '130881', nameCurrent: '平泉市', note: '2017: 平泉县 → 平泉市' },
  { id: '542421', name: '那曲县', idCurrent: '540602', nameCurrent: '色尼区', note: '2017: 那曲县 → 那曲市色尼区' },
  { id: '130223', name: '滦县', idCurrent: '130284', nameCurrent: '滦州市', note: '2018: 滦县 → 滦州市' },
  { id: '610427', name: '彬县', idCurrent: '610482', nameCurrent: '彬州市', note: '2018: 彬县 → 彬州市' },
  { id: '420821', name: '京山县', idCurrent: '420882', nameCurrent: '京山市', note: '2018: 京山县 → 京山市' },
  { id: '370125', name: '济阳县', idCurrent: '370115', nameCurrent: '济阳区', note: '2018: 济阳县 → 济南市济阳区' },
  { id: '371202', name: '莱城区', idCurrent: '370116', nameCurrent: '莱芜区', note: '2019: 莱芜市 merged into 济南市; 莱城区 → 济南市莱芜区' },
  { id: '371203', name: '钢城区', idCurrent: '370117', note: '2019: 莱芜市 merged into 济南市; 钢城区 → 济南市钢城区' },
  { id: '451023', name: '平果县', idCurrent: '451082', nameCurrent: '平果市', note: '2019: 平果县 → 平果市' },
  { id: '410728', name: '长垣县', idCurrent: '410783', nameCurrent: '长垣市', note: '2019: 长垣县 → 长垣市' },
  { id: '430521', name: '邵东县', idCurrent: '430582', nameCurrent: '邵东市', note: '2019: 邵东县 → 邵东市' },
  { id: '510922', name: '射洪县', idCurrent: '510981', nameCurrent: '射洪市', note: '2019: 射洪县 → 射洪市' },
  { id: '140726', name: '太谷县', idCurrent: '140703', nameCurrent: '太谷区', note: '2019: 太谷县 → 晋中市太谷区' },
  { id: '370684', name: '蓬莱市', idCurrent: '370614', nameCurrent: '蓬莱区', note: '2020: 蓬莱市 and 长岛县 → 烟台市蓬莱区' },
  { id: '370634', name: '长岛县', idCurrent: '370614', nameCurrent: '蓬莱区', note: '2020: merged into 蓬莱区 (now 长岛海洋生态文明综合试验区)' },
  { id: '220381', name: '公主岭市', idCurrent: '220184', note: '2020: 公主岭市 administered by 长春市 instead of 四平市' },
  { id: '513425', name: '会理县', idCurrent: '513402', nameCurrent: '会理市', note: '2021: 会理县 → 会理市' },
];

export const PREFECTURE_ALIASES: readonly Alias[] = [
  { id: '371200', name: '莱芜市', idCurrent: '370100', nameCurrent: '济南市', note: '2019: 莱芜市 merged into 济南市' },
  { id: '542400', name: '那曲地区', idCurrent: '540600', nameCurrent: '那曲市', note: '2017: 那曲地区 → 那曲市' },
];

/** The current name and code of a unit, when the table has a row for its id and name. */
export function currentOf(
  id: string,
  name: string,
  table: readonly Alias[],
): { idCurrent?: string; nameCurrent?: string } {
  const row = table.find((a) => a.id === id && a.name === name);
  if (!row) return {};
  return {
    ...(row.idCurrent && row.idCurrent !== id ? { idCurrent: row.idCurrent } : {}),
    ...(row.nameCurrent && row.nameCurrent !== name ? { nameCurrent: row.nameCurrent } : {}),
  };
}

/** Rows of a table that match no unit: each one is a stale or mistyped row. */
export function unmatchedAliases(units: readonly { id: string; name: string }[], table: readonly Alias[]): Alias[] {
  const keys = new Set(units.map((u) => `${u.id}|${u.name}`));
  return table.filter((a) => !keys.has(`${a.id}|${a.name}`));
}
