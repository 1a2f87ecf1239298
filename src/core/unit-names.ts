/**
 * China's units as a person's file names them: the three levels, a unit's key across levels, its
 * full name, a name as typed, without its administrative suffix and peoples, and an adcode as
 * statistics offices write it. Pure.
 */
export const LEVELS = ['provinces', 'prefectures', 'counties'] as const;
export type Level = (typeof LEVELS)[number];

export interface Unit {
  id: string;
  name: string;
  level?: Level;
  province?: string;
  prefecture?: string;
}

/** A unit's identity across levels (北京市 is both province and prefecture 110000). */
export const unitKey = (u: Unit): string => (u.level ? `${u.level}:${u.id}` : u.id);

/** A key as people type it: full-width forms folded, spaces gone. */
export const normaliseKey = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

const SUFFIX = /(特别行政区|自治区|自治州|自治县|自治旗|林区|地区|新区|省|市|县|区|旗|盟|镇)$/u;
/** China's peoples as autonomous areas' names carry them (广西壮族自治区, 白沙黎族自治县). */
const PEOPLE = new RegExp(
  `(${'壮族 回族 维吾尔 藏族 蒙古族 蒙古 苗族 彝族 土家族 侗族 布依族 瑶族 白族 哈尼族 傣族 黎族 傈僳族 佤族 畲族 拉祜族 水族 东乡族 纳西族 景颇族 柯尔克孜族 土族 达斡尔族 仫佬族 羌族 布朗族 撒拉族 毛南族 仡佬族 锡伯族 阿昌族 普米族 朝鲜族 塔吉克族 怒族 鄂温克族 德昂族 保安族 裕固族 京族 独龙族 鄂伦春族 赫哲族 门巴族 珞巴族 基诺族 满族 哈萨克族 各族'.split(' ').join('|')})$`,
  'u',
);

/** A name without its administrative suffix and, before an 自治 suffix, its peoples: 广西壮族自治区 → 广西. Never shorter than 2 characters. */
export function bareName(name: string): string {
  let s = normaliseKey(name);
  const autonomous = s.includes('自治');
  for (;;) {
    const next = s.replace(SUFFIX, '');
    if (next === s || [...next].length < 2) break;
    s = next;
  }
  if (autonomous) {
    for (;;) {
      const next = s.replace(PEOPLE, '');
      if (next === s || [...next].length < 2) break;
      s = next;
    }
  }
  return s;
}

/** Codes as statistics offices write them: 12 digits (110101000000) for the 6 of the adcode. */
export const adcodeOf = (key: string) => (/^\d{12}$/.test(key) && key.endsWith('000000') ? key.slice(0, 6) : /^\d{9}$/.test(key) && key.endsWith('000') ? key.slice(0, 6) : key);

/** The full name of a unit: province, prefecture, name (distinct parts only). */
export const fullName = (u: Unit): string => [...new Set([u.province, u.prefecture, u.name].filter((p): p is string => Boolean(p)))].join('');
