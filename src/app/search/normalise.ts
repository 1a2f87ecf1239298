/**
 * The forms names and queries are compared in. Pure; never throws on any string.
 */

/** Longest query looked at, characters: a name is never longer, and it bounds the work per keystroke. */
export const MAX_QUERY = 64;

/**
 * Case-, width- and diacritic-free form keeping only letters and digits:
 * "Yǒng'ān" → "yongan", "ＦＡＮＧ shan" → "fangshan", "北京市 房山区" → "北京市房山区".
 */
export function fold(text: string): string {
  return text
    .slice(0, 4 * MAX_QUERY)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/** Generic endings of a pilot's name, longest first: 房山区 → 房山, 红河州 → 红河, 西咸新区 → 西咸. */
const NAME_ENDINGS = ['自治县', '自治州', '新区', '地区', '市', '县', '区', '镇', '旗', '州'];

/** Generic endings of a province's name: 广西壮族自治区 → 广西, 北京市 → 北京. */
const PROVINCE_ENDINGS = ['壮族自治区', '回族自治区', '维吾尔自治区', '自治区', '省', '市'];

const stem = (endings: readonly string[]) => (name: string): string => {
  for (const end of endings) if (name.length > end.length && name.endsWith(end)) return name.slice(0, -end.length);
  return name;
};

/** A Chinese name without its generic ending (and the name itself when it has none). */
export const nameStem = stem(NAME_ENDINGS);
/** A Chinese province name without its generic ending. */
export const provinceStem = stem(PROVINCE_ENDINGS);

/** The parts of a compound Chinese name: "浦东新区（临港地区）" → 浦东新区, 临港地区; "津市市—澧县" → 津市市, 澧县. */
export function nameParts(name: string): string[] {
  const parts = name.split(/[（）()—–\-、·]/u).map((p) => p.trim()).filter((p) => p !== '');
  return parts.length > 1 ? parts : [];
}

/** True when the text is ascii letters and digits only (a pinyin or English query). */
export const isLatin = (text: string): boolean => /^[a-z0-9]+$/.test(text);
