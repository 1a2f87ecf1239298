// Fixture rows of the table and download tests. The sentences are the kind the corpus has
// (batch2 line 79, 房山) with commas, quotes and a line break added to exercise CSV quoting.
import type { TableColumn, TableRow } from '../../../src/core/table-export/table-types.ts';

export const RATE: TableColumn = { id: 'urban_rate', label: { zh: '常住人口城镇化率', en: 'Urbanization rate' }, unit: { zh: '%', en: '%' } };
export const POPULATION: TableColumn = { id: 'population', label: { zh: '常住人口', en: 'Resident population' }, unit: { zh: '万人', en: '×10⁴ people' } };

const pilot = (id: string, name: string, nameEn: string, province: string, level = 'district') => ({ id, name, nameEn, province, level });

export const SENTENCE = '2014年，全区常住人口103.6万人，"城镇化率"68.9%；\n户籍人口79.4万人。';

export const ROWS: TableRow[] = [
  {
    ...pilot('beijing-fangshan', '房山区', 'Fangshan District, Beijing', '北京市'),
    extent: 'boundary',
    cells: {
      urban_rate: { value: 68.9, text: '68.9%', qualifier: 'exact', year: 2014, source: { doc: 'batch2', line: 79, text: SENTENCE } },
      population: { value: 103.6, text: '103.6万人', qualifier: 'exact', year: 2014, source: { doc: 'batch2', line: 79, text: SENTENCE } },
    },
  },
  {
    ...pilot('shanghai-pudong-lingang', '浦东新区（临港地区）', 'Lingang Area, Pudong New Area, Shanghai', '上海市', 'new_area'),
    extent: 'approximate',
    extentNote: { zh: '近似范围：临港 315 平方公里。', en: 'Approximate extent: Lingang, 315 km².' },
    cells: { urban_rate: { value: null, text: '', qualifier: null } },
  },
  {
    ...pilot('tianjin-dongli', '东丽区', 'Dongli District, Tianjin', '天津市'),
    cells: {
      urban_rate: {
        value: -2.5,
        text: '约−2.5%',
        qualifier: 'about',
        year: null,
        source: { doc: 'batch2', line: 120, text: '=SUM(A1) 一句以等号开头的话' },
        sources: [
          { doc: 'batch2', line: 120, text: '=SUM(A1) 一句以等号开头的话' },
          { doc: 'fuzhou', line: 7, text: '另一句' },
        ],
      },
    },
  },
  { ...pilot('hebei-weixian', '威县', 'Wei County, Hebei', '河北省', 'county'), cells: {} },
];
