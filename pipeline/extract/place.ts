/** Names of places as the documents write them, and the forms they are matched in. */

/** The 55 minority nationalities, as autonomous units' names spell them (柯尔克孜 before 克…). */
const ETHNIC = [
  '柯尔克孜', '达斡尔', '乌孜别克', '俄罗斯', '鄂温克', '鄂伦春', '塔吉克', '塔塔尔', '维吾尔', '哈萨克', '布依', '土家',
  '哈尼', '傈僳', '拉祜', '东乡', '纳西', '景颇', '仫佬', '布朗', '撒拉', '毛南', '仡佬', '锡伯', '阿昌', '普米',
  '德昂', '保安', '裕固', '独龙', '赫哲', '门巴', '珞巴', '基诺', '朝鲜', '蒙古', '高山', '侗', '回', '彝', '苗',
  '壮', '藏', '满', '瑶', '白', '傣', '黎', '佤', '畲', '水', '土', '羌', '怒', '京',
];
const ETHNIC_PART = new RegExp(`(?:(?:${ETHNIC.join('|')})族)+自治(?=[州县旗])`, 'gu');

/** “芷江侗族自治县” → “芷江县”, “红河哈尼族彝族自治州” → “红河州”. */
export function dropEthnic(name: string): string {
  return name.replace(ETHNIC_PART, '');
}

/** “浦东新区(临港地区)” → “浦东新区”; “玉屏侗族自治县（含大龙经济开发区）” → “玉屏侗族自治县”. */
export function dropParen(name: string): string {
  return name.replace(/[(（][^)）]*[)）]/gu, '');
}

/** Bracketed names: “浦东新区(临港地区)” → ["临港地区"]. */
export function parenNames(name: string): string[] {
  return [...name.matchAll(/[(（]([^)）]+)[)）]/gu)].map((m) => m[1] ?? '').filter((s) => s.length >= 2 && !s.startsWith('含'));
}

const LEVEL_SUFFIX = /(?:新区|地区|自治州|自治县|市|县|区|镇|州|旗|乡|盟)$/u;

/** “房山区” → “房山”, “津市市” → “津市”; null when too little is left to be a name. */
export function stem(name: string): string | null {
  const s = name.replace(LEVEL_SUFFIX, '');
  return s.length >= 2 && s !== name ? s : null;
}

/**
 * Every form under which a pilot may be written in its own section: the unit, without ethnic
 * words or brackets, each side of “津市市—澧县”, bracketed names, and the stems of all of these.
 */
export function pilotAliases(unit: string): string[] {
  const forms = new Set<string>();
  const add = (s: string): void => {
    if (s.length >= 2) forms.add(s);
  };
  const base = [unit, dropEthnic(unit), dropParen(unit), dropParen(dropEthnic(unit)), ...parenNames(unit)];
  for (const b of base) {
    add(b);
    for (const part of b.split(/[—–\-]/u)) add(part);
  }
  for (const f of [...forms]) {
    const s = stem(f);
    if (s) forms.add(s);
  }
  return [...forms].sort((a, b) => b.length - a.length);
}

/**
 * Is a sentence's subject the pilot itself? Exact alias, the alias with its province in front
 * (“河北省白沟镇”), or a longer name ending in a bracketed alias (“上海临港地区”).
 */
export function isPilotName(subject: string, aliases: readonly string[]): boolean {
  const s = dropParen(dropEthnic(subject));
  return aliases.some((a) => s === a || (a.length >= 3 && s.endsWith(a)) || (a.length >= 2 && stem(s) === a));
}
