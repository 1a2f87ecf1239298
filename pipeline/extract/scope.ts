/**
 * Whose figure is it? The words between the start of a clause and an indicator keyword (“the
 * head”) decide: nothing but time words and whole-unit words (“2014 年全区”, “全县幅员”, “镇域”) →
 * the pilot's own; a sub-area (“镇区常住人口”, “建成区面积”, “西部片区常住人口城镇化率”) → a scoped
 * record; any other modifier (“外来常住人口”, “人均公共绿地面积”) → not this indicator at all.
 */

export type HeadReading = { readonly ok: false } | { readonly ok: true; readonly scope: string | null };

/** Words that only say “the whole unit” or “when”, stripped from the front of a head. */
const WHOLE_UNIT_PREFIX = new RegExp(
  '^(?:' +
    [
      '—+',
      '-',
      '\\d{1,2}[.、](?!\\d)',
      '[(（][一二三四五六七八九十]+[)）]',
      '(?:力争|争取|预计|计划)?(?:到|至|在|于|截至|截止)?\\d{4}(?:[—\\-~至]\\d{4})?年(?:底|末|年底|年末)?(?:\\d{1,2}月(?:末|底)?)?',
      '其中',
      '另外',
      '同时',
      '此外',
      '并且',
      '并',
      '且',
      '使',
      '实现',
      '力争',
      '确保',
      '努力',
      '将',
      '届时',
      '目前',
      '现有',
      '共有',
      '全[市县区镇旗州乡]',
      '全域',
      '辖区',
      '行政区域',
      '区域',
      '国土',
      '幅员',
      '土地',
      '[县市镇区乡州旗]域',
      '规划控制',
      '规划',
      '总',
      '的',
    ].join('|') +
    ')',
  'u',
);

/** Sub-areas whose figures are recorded with a scope. */
const SUB_AREA =
  /(?:中心城区|主城区|老城区|县城区|城区|市区|县城|镇区|集镇建成区|集镇|建成区|中心区|核心区|新区|片区|新城|园区|开发区|高新区|试验区|示范区|街道)$/u;

function stripWholeUnit(head: string): string {
  let h = head;
  for (;;) {
    const m = WHOLE_UNIT_PREFIX.exec(h);
    if (!m || m[0].length === 0) return h;
    h = h.slice(m[0].length);
  }
}

/**
 * Read a head. `aliases` are the pilot's names (place.ts): a head that starts with one of them
 * speaks of the pilot (“北泉镇区域总面积”, “林海镇与白城市生态新区面积” — the pilot area as the
 * text defines it), as does a head that is the tail of the pilot's own name (“新区” in 西咸新区).
 */
export function readHead(head: string, aliases: readonly string[]): HeadReading {
  let h = stripWholeUnit(head);
  const own = aliases.find((a) => h.startsWith(a));
  if (own !== undefined) {
    h = h.slice(own.length);
    if (h.startsWith('与') || h.startsWith('和')) return { ok: true, scope: null };
    h = stripWholeUnit(h);
  }
  if (h.length === 0) return { ok: true, scope: null };
  if (aliases.some((a) => a.endsWith(h) && a !== h && h.length >= 2)) return { ok: true, scope: null };
  if (SUB_AREA.test(h)) return { ok: true, scope: h.length > 12 ? h.slice(-12) : h };
  return { ok: false };
}

/** The head of a keyword: text from the last clause break before it up to the keyword. */
export function headBefore(text: string, keywordStart: number): string {
  let i = keywordStart;
  while (i > 0 && !/[，,；;。：:、（(“”！？!?]/u.test(text[i - 1] ?? '')) i--;
  return text.slice(i, keywordStart);
}

/** Official long names of zones and their usual short forms (茂名高新技术产业开发区 → 茂名高新区). */
const SHORT_FORMS: readonly [RegExp, string][] = [
  [/高新技术产业开发区$/u, '高新区'],
  [/高新技术产业园区$/u, '高新区'],
  [/经济技术开发区$/u, '经开区'],
];

/**
 * A sentence subject that names a part of the pilot: the pilot's name, then a zone (“茂名高新技术产业
 * 开发区”, “白城市生态新区”) → the part's short name, used as the scope of the figures given for it;
 * null for anything else (another place, the pilot itself).
 */
export function subAreaScope(subject: string, aliases: readonly string[]): string | null {
  const own = aliases.find((a) => a.length >= 2 && subject.startsWith(a) && subject.length > a.length);
  if (own === undefined) return null;
  const rest = subject.slice(own.length);
  if (!/(?:开发区|高新区|新区|试验区|示范区|园区)$/u.test(rest)) return null;
  const short = SHORT_FORMS.reduce((name, [long, abbr]) => name.replace(long, abbr), subject);
  return short.length > 12 ? short.slice(-12) : short;
}

/**
 * Built-up areas (镇区, 集镇, 建成区) are not recorded even with a scope: they have no boundary the
 * map can draw and no definition shared across pilots (白沟's “建成区面积 25”, line 307 of the batch
 * document). Administrative and planning sub-areas (中心城区, 县城, 新区, 片区 …) keep a scope.
 */
const MORPHOLOGICAL = /(?:镇区|集镇|集镇建成区|建成区)$/u;

export const isMorphologicalScope = (scope: string): boolean => MORPHOLOGICAL.test(scope);
