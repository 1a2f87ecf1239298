import type { FormulaPart } from './schema';

/**
 * Spatial-structure formulas: quoted phrases made of numbered spatial elements — “三城三群”,
 * “一核引领、三带贯通、六圈聚力、多点支撑”, “一城六镇七十九个农村社区”, “雙核兩廊十四片” — or of
 * directions with an element each (“东铝、西钢、南高、北装”, “西工东城”). Descriptive segments may
 * ride along (“…两轴三带、智慧生态”), but every numbered segment must name a spatial element and
 * there must be at least two parts: “三大工业园区”, “多规合一”, “一户一宅”, “五个一体化、三个集中”
 * are not layouts.
 */

/** Element words, longest first where one ends another (园区 before 区). */
const ELEMENTS = [
  '农村社区', '度假区', '组团', '片区', '廊道', '走廊', '园区', '社区', '新城', '新区', '城区', '板块', '放射',
  '核', '心', '极', '点', '轴', '带', '廊', '圈', '群', '区', '片', '城', '镇', '园', '桥', '翼', '线',
  '湾', '岛', '港', '河', '湖', '山', '淀', '环', '横', '纵', '网', '村',
] as const;

/** Verbs that may follow an element inside a part (“三带贯通”, “一桥跨两区”). */
const PART_VERB =
  /^(?:引领|贯通|聚力|支撑|带动|协同|联动|发展|驱动|融合|辐射|集聚|聚集|共建|统筹|互动|并进|环绕|崛起|示范|提升|齐飞|联通|串联|支点|跨|连|通|引|联|带)$/u;

/** Directions' companions that are verbs, not places: “东扩南进”, “东进西联”, “西电东送” are not layouts. */
const DIRECTION_VERB = /[扩进拓延联融优控提强移展靠出向接引跨连通转送输调]/u;

/** National or generic terms made of spatial words but not a pilot's layout. */
const NOT_A_LAYOUT = new Set(['一带一路', '三区三线', '三线一单', '一带一路倡议']);

/** A count: Chinese numerals or digits (琼海 line 2237: “1个中心城区、2条产业聚集带…”), and its measure word. */
const NUMERAL = /^([一二两三四五六七八九十百双多几]+|\d+)(个|大|条|座)?/u;
const NEXT_NUMERAL = /[一二两三四五六七八九十百双多几\d]/u;

const DIGIT: Readonly<Record<string, number>> = { 一: 1, 二: 2, 两: 2, 双: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/** “十四” → 14, “七十九” → 79, “两” → 2, “12” → 12; 多/几 → null (an unstated number). */
export function numeral(s: string): number | null {
  if (/^\d+$/u.test(s)) return Number(s) > 0 ? Number(s) : null;
  if (/[多几]/u.test(s)) return null;
  let total = 0;
  let current = 0;
  for (const ch of s) {
    if (ch === '十') {
      total += (current || 1) * 10;
      current = 0;
    } else if (ch === '百') {
      total += (current || 1) * 100;
      current = 0;
    } else current = DIGIT[ch] ?? 0;
  }
  const n = total + current;
  return n > 0 ? n : null;
}

/** The element word of a part's text: “带贯通” → 带, “度假区” → 度假区, “农村社区” → 农村社区. */
export function elementWord(text: string): string | null {
  const lead = ELEMENTS.find((e) => text.startsWith(e));
  if (lead !== undefined && (text.length === lead.length || PART_VERB.test(text.slice(lead.length)))) return lead;
  const tail = ELEMENTS.find((e) => text.endsWith(e));
  if (tail !== undefined && text.length <= 6) return text;
  return null;
}

type Segment = { parts: FormulaPart[]; numbered: boolean; spatial: boolean };

/** “一城六镇七十九个农村社区” → parts; a segment that does not open with a numeral is descriptive. */
function numberedSegment(seg: string): Segment {
  const parts: FormulaPart[] = [];
  let rest = seg;
  if (!NUMERAL.test(rest)) return { parts, numbered: false, spatial: false };
  while (rest.length > 0) {
    const n = NUMERAL.exec(rest);
    if (!n || n[1] === undefined) return { parts, numbered: true, spatial: false };
    rest = rest.slice(n[0].length);
    const next = rest.search(NEXT_NUMERAL);
    const body = next < 0 ? rest : rest.slice(0, next);
    rest = next < 0 ? '' : rest.slice(next);
    const word = body.length > 0 ? elementWord(body) : null;
    if (word === null) return { parts, numbered: true, spatial: false };
    parts.push({ count: numeral(n[1]), word });
  }
  return { parts, numbered: true, spatial: parts.length > 0 };
}

/** “东铝” “西工东城” → one part per direction; null when not a directional segment. */
function directionalSegment(seg: string): FormulaPart[] | null {
  const m = /^(?:[东西南北中][^东西南北中\d]{1,2})+$/u.exec(seg);
  if (!m) return null;
  const pieces = seg.match(/[东西南北中][^东西南北中]{1,2}/gu) ?? [];
  if (pieces.some((p) => DIRECTION_VERB.test(p.slice(1)))) return null;
  return pieces.map((p) => ({ count: 1, word: p }));
}

/** A parsed part and the segment of the phrase (between 、) it was read from. */
export type ParsedPart = FormulaPart & { readonly segment: string };

/** Parse a quoted phrase; null when it is not a spatial formula. */
export function parseFormula(phrase: string): ParsedPart[] | null {
  if (NOT_A_LAYOUT.has(phrase) || phrase.length < 4 || phrase.length > 40) return null;
  const segments = phrase.split(/[、，,；;·\s]+/u).filter((s) => s.length > 0);
  const parts: ParsedPart[] = [];
  const directional: ParsedPart[] = [];
  for (const seg of segments) {
    const num = numberedSegment(seg);
    if (num.numbered) {
      if (!num.spatial) return null;
      parts.push(...num.parts.map((p) => ({ ...p, segment: seg })));
      continue;
    }
    const dir = directionalSegment(seg);
    if (dir) directional.push(...dir.map((p) => ({ ...p, segment: seg })));
  }
  if (parts.length >= 2 && directional.length === 0) return parts;
  const distinct = new Set(directional.map((p) => p.word[0]));
  if (parts.length === 0 && directional.length >= 2 && distinct.size >= 2) return directional;
  return null;
}

/** Quoted phrases of a text with their positions; an unclosed “ ends at the next “ (line 2941). */
export function quotedPhrases(text: string): { phrase: string; start: number; end: number }[] {
  const out: { phrase: string; start: number; end: number }[] = [];
  let i = text.indexOf('“');
  while (i >= 0) {
    const close = text.indexOf('”', i + 1);
    const reopen = text.indexOf('“', i + 1);
    const end = close < 0 ? reopen : reopen >= 0 && reopen < close ? reopen : close;
    if (end < 0) break;
    out.push({ phrase: text.slice(i + 1, end), start: i, end: end + (end === close ? 1 : 0) });
    i = text.indexOf('“', end === close ? close + 1 : end);
  }
  return out;
}
