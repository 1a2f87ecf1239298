import type { FormulaPart } from './schema';

/**
 * Spatial-structure formulas: quoted phrases made of numbered spatial elements — “三城三群”,
 * “一核引领、三带贯通、六圈聚力、多点支撑”, “一城六镇七十九个农村社区”, “雙核兩廊十四片” — or of
 * directions with an element each (“东铝、西钢、南高、北装”, “西工东城”), or of directions of growth
 * (“东扩南进”). Descriptive segments may ride along (“…两轴三带、智慧生态”), but every numbered
 * segment must name a spatial element. One numbered part is a formula when a verb of spatial
 * relation goes with it (“三市同城”, “三带协同”, “两翼齐飞”, “伸展两翼”, “两轴带状发展”); without one
 * (“五大组团”, “五个新城”) only when the text names its members next to it (see `needsMembers`).
 * “三大工业园区”, “多规合一”, “一户一宅”, “五个一体化、三个集中” are not layouts.
 */

/** Element words, longest first where one ends another (园区 before 区). */
const ELEMENTS = [
  '农村社区', '度假区', '组团', '片区', '廊道', '走廊', '园区', '社区', '新城', '新区', '城区', '板块', '放射',
  '核', '心', '极', '点', '轴', '带', '廊', '圈', '群', '区', '片', '城', '镇', '园', '桥', '翼', '线',
  '湾', '岛', '港', '河', '湖', '山', '淀', '环', '横', '纵', '网', '村',
] as const;

/** Verbs that may follow an element inside a part (“三带贯通”, “一桥跨两区”). */
const PART_VERB =
  /^(?:引领|贯通|聚力|支撑|带动|协同|联动|发展|驱动|融合|辐射|集聚|聚集|共建|统筹|互动|并进|环绕|崛起|示范|提升|齐飞|联通|串联|支点|同城|带状发展|跨|连|通|引|联|带)$/u;

/**
 * Verbs that make one numbered part a layout on their own: the elements stand in a spatial
 * relation (“三市同城”, “三带协同”, “三区融合”, “两翼齐飞”, “两轴带状发展”). Programme verbs
 * (“两区共建”, “三区行动”) do not.
 */
const RELATION_VERB = /^(?:协同|融合|同城|齐飞|联动|互动|并进|贯通|带状发展)$/u;

/**
 * Element words of an area a formula of one part may name without a verb (“五大组团”, “五个新城”),
 * its members listed by the text. Centres and lines (“三大核心”: 数字政务…, line 1935) are not.
 */
const AREA_ELEMENT = /^(?:组团|片区|园区|新城|新区|城区|板块|城|镇|区|片|园)$/u;

/** A verb of growth before one numbered part: “伸展两翼”. */
const LEAD_VERB = /^(?:伸展|拓展|舒展)(?=[一二两三四五六七八九十双多])/u;

/**
 * 市 counted in a slogan names the city's own roles as often as cities (“一区六市”: 新民 as
 * 工业强市, 示范市 …, line 633); it is a spatial element only as 多市 (a city and its satellite
 * cities, “一城多市”) or with a relation verb (“三市同城”).
 */
const WEAK_ELEMENT = '市';

/** Directions' companions that are verbs, not places: “东扩南进”, “东进西联” are directions of growth. */
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

type Segment = { parts: FormulaPart[]; numbered: boolean; spatial: boolean; related: boolean };

/** The element word and a relation verb after it, for a part's body (“市同城” → 市, 同城). */
function partBody(body: string, count: number | null): { word: string; related: boolean } | null {
  if (body.startsWith(WEAK_ELEMENT)) {
    const verb = body.slice(WEAK_ELEMENT.length);
    if (RELATION_VERB.test(verb)) return { word: WEAK_ELEMENT, related: true };
    return verb === '' && count === null ? { word: WEAK_ELEMENT, related: false } : null;
  }
  const word = elementWord(body);
  if (word === null) return null;
  const lead = ELEMENTS.find((e) => body.startsWith(e));
  const related = lead !== undefined && word === lead && RELATION_VERB.test(body.slice(lead.length));
  return { word, related };
}

/** “一城六镇七十九个农村社区” → parts; a segment that does not open with a numeral is descriptive. */
function numberedSegment(segment: string): Segment {
  const parts: FormulaPart[] = [];
  const lead = LEAD_VERB.exec(segment);
  let rest = lead ? segment.slice(lead[0].length) : segment;
  let related = lead !== null;
  if (!NUMERAL.test(rest)) return { parts, numbered: false, spatial: false, related: false };
  while (rest.length > 0) {
    const n = NUMERAL.exec(rest);
    if (!n || n[1] === undefined) return { parts, numbered: true, spatial: false, related };
    rest = rest.slice(n[0].length);
    const next = rest.search(NEXT_NUMERAL);
    const body = next < 0 ? rest : rest.slice(0, next);
    rest = next < 0 ? '' : rest.slice(next);
    const count = numeral(n[1]);
    const read = body.length > 0 ? partBody(body, count) : null;
    if (read === null) return { parts, numbered: true, spatial: false, related };
    related ||= read.related;
    parts.push({ count, word: read.word });
  }
  return { parts, numbered: true, spatial: parts.length > 0, related };
}

/**
 * “东铝” “西工东城” → one part per direction, each with its element; “东扩南进” → one part per
 * direction of growth, each a direction and one verb. Null when not a directional segment, or when
 * it mixes the two (“西电东送”: a national project, not a layout).
 */
function directionalSegment(seg: string): FormulaPart[] | null {
  const m = /^(?:[东西南北中][^东西南北中\d]{1,2})+$/u.exec(seg);
  if (!m) return null;
  const pieces = seg.match(/[东西南北中][^东西南北中]{1,2}/gu) ?? [];
  const growth = pieces.filter((p) => p.length === 2 && DIRECTION_VERB.test(p.slice(1)));
  if (growth.length === pieces.length) return pieces.map((p) => ({ count: 1, word: p }));
  if (pieces.some((p) => DIRECTION_VERB.test(p.slice(1)))) return null;
  return pieces.map((p) => ({ count: 1, word: p }));
}

/** A parsed part and the segment of the phrase (between 、) it was read from. */
export type ParsedPart = FormulaPart & { readonly segment: string };

/** A phrase read as a formula; `needsMembers` when it is one only if the text names its members. */
export type FormulaCandidate = { readonly parts: ParsedPart[]; readonly needsMembers: boolean };

/** “A和B相结合” (“两轴带状发展和组团布局相结合”): A and B are segments. */
function segmentsOf(phrase: string): string[] {
  const joined = /^(.+)[和与](.+)相结合$/u.exec(phrase);
  const text = joined ? `${joined[1]}、${joined[2]}` : phrase;
  return text.split(/[、，,；;·\s]+/u).filter((s) => s.length > 0);
}

/**
 * Parse a quoted phrase: null when it is not a spatial formula, else its parts, and whether it
 * still needs its members named by the text (one numbered part with no verb of relation: “五大组团”).
 */
export function formulaCandidate(phrase: string): FormulaCandidate | null {
  if (NOT_A_LAYOUT.has(phrase) || phrase.length < 4 || phrase.length > 40) return null;
  const parts: ParsedPart[] = [];
  const directional: ParsedPart[] = [];
  let related = false;
  for (const seg of segmentsOf(phrase)) {
    const num = numberedSegment(seg);
    if (num.numbered) {
      if (!num.spatial) return null;
      related ||= num.related;
      parts.push(...num.parts.map((p) => ({ ...p, segment: seg })));
      continue;
    }
    const dir = directionalSegment(seg);
    if (dir) directional.push(...dir.map((p) => ({ ...p, segment: seg })));
  }
  if (parts.length >= 2 && directional.length === 0) return { parts, needsMembers: false };
  const only = parts[0];
  if (parts.length === 1 && directional.length === 0 && only && only.count !== 1) {
    if (related) return { parts, needsMembers: false };
    return AREA_ELEMENT.test(only.word) ? { parts, needsMembers: true } : null;
  }
  const distinct = new Set(directional.map((p) => p.word[0]));
  if (parts.length === 0 && directional.length >= 2 && distinct.size >= 2) return { parts: directional, needsMembers: false };
  return null;
}

/** Parse a quoted phrase that is a formula by itself; null when it is not one (or needs its members named). */
export function parseFormula(phrase: string): ParsedPart[] | null {
  const c = formulaCandidate(phrase);
  return c && !c.needsMembers ? c.parts : null;
}

/** A quoted phrase: its text, where the quotation starts and ends, and the ranges of `text` it is made of. */
export type QuotedPhrase = { phrase: string; start: number; end: number; pieces: [number, number][] };

/**
 * Quoted phrases of a text with their positions. An unclosed “ ends at the next “, except where
 * that “ opens a new source line and the quotation closes after it: a page break repeated the
 * mark (batch lines 2941–2943, “一河两轴 | “三片四区”), and the phrase runs on across it.
 * `lines` (the source line of each character) tells where lines begin; without it none does.
 */
export function quotedPhrases(text: string, lines?: readonly number[]): QuotedPhrase[] {
  const out: QuotedPhrase[] = [];
  const opensLine = (k: number) => lines !== undefined && k > 0 && lines[k] !== lines[k - 1];
  let i = text.indexOf('“');
  while (i >= 0) {
    const pieces: [number, number][] = [];
    let from = i + 1;
    const close = text.indexOf('”', from);
    let reopen = text.indexOf('“', from);
    const openAfter = (k: number) => text.indexOf('“', k + 1);
    while (close >= 0 && reopen >= 0 && reopen < close && opensLine(reopen) && (openAfter(reopen) < 0 || openAfter(reopen) > close)) {
      pieces.push([from, reopen]);
      from = reopen + 1;
      reopen = text.indexOf('“', from);
    }
    const end = close < 0 ? reopen : reopen >= 0 && reopen < close ? reopen : close;
    if (end < 0) break;
    pieces.push([from, end]);
    out.push({ phrase: pieces.map(([a, b]) => text.slice(a, b)).join(''), start: i, end: end + (end === close ? 1 : 0), pieces });
    i = text.indexOf('“', end === close ? close + 1 : end);
  }
  return out;
}
