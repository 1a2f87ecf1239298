/** What a person's table or GeoJSON is read by: the names of key and value fields, numbers as people write them, and how many problems are kept. */
import type { Delimiter } from './user-csv.ts';

export const KEY_FIELDS = ['adcode', 'code', 'id', 'name', 'pilot', 'province', 'city', 'county', 'region', '名称', '地区', '地名', '区域', '行政区', '行政区划', '行政区划代码', '区划代码', '代码', '试点', '省份', '省', '城市', '市', '区县', '县', '县区'];
export const VALUE_NAME = /^(value|values|数值|值|数据)$/i;
/** Rows whose problems are kept (a broken file of a million lines must not build a million messages). */
export const MAX_PROBLEMS = 200;

/** A number as people and spreadsheets write it: "1,234.5", "68.9%", "１２", "−3"; with ; as delimiter also "1.234,5". */
export function numeric(raw: unknown, delimiter: Delimiter = ','): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let s = raw.normalize('NFKC').replace(/[\s%\u2009\u202f]/g, '').replace(/^[\u2212\u2012\u2013]/, '-');
  if (delimiter === ';' && /^[+-]?[\d.]*\d,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

export const clip = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);
