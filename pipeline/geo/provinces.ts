/**
 * The 34 province-level units and their codes (GB/T 2260). The source files name
 * provinces only in pinyin file names, so the names come from here.
 */
export const PROVINCES: Readonly<Record<string, string>> = {
  '110000': '北京市',
  '120000': '天津市',
  '130000': '河北省',
  '140000': '山西省',
  '150000': '内蒙古自治区',
  '210000': '辽宁省',
  '220000': '吉林省',
  '230000': '黑龙江省',
  '310000': '上海市',
  '320000': '江苏省',
  '330000': '浙江省',
  '340000': '安徽省',
  '350000': '福建省',
  '360000': '江西省',
  '370000': '山东省',
  '410000': '河南省',
  '420000': '湖北省',
  '430000': '湖南省',
  '440000': '广东省',
  '450000': '广西壮族自治区',
  '460000': '海南省',
  '500000': '重庆市',
  '510000': '四川省',
  '520000': '贵州省',
  '530000': '云南省',
  '540000': '西藏自治区',
  '610000': '陕西省',
  '620000': '甘肃省',
  '630000': '青海省',
  '640000': '宁夏回族自治区',
  '650000': '新疆维吾尔自治区',
  '710000': '台湾省',
  '810000': '香港特别行政区',
  '820000': '澳门特别行政区',
};

/** Province-level units with no prefecture level between them and their counties. */
export const MUNICIPALITIES: ReadonlySet<string> = new Set(['110000', '120000', '310000', '500000', '810000', '820000']);

/** The province code of an adcode: its first two digits. */
export const provinceOf = (code: string): string => `${code.slice(0, 2)}0000`;

/** Looks a province up by code or by name (full, or short as in 河北 / 内蒙古 / 香港). */
export function findProvince(codeOrName: string): { id: string; name: string } | undefined {
  const key = codeOrName.trim();
  if (PROVINCES[key]) return { id: key, name: PROVINCES[key] };
  if (/^\d{2}/.test(key) && PROVINCES[provinceOf(key)]) return { id: provinceOf(key), name: PROVINCES[provinceOf(key)]! };
  for (const [id, name] of Object.entries(PROVINCES)) {
    if (name === key || name.startsWith(key)) return { id, name };
  }
  return undefined;
}
