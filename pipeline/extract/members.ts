import type { FormulaPart } from './schema';
import { sliceSpan, type Span } from './span';

/**
 * Named members of a formula's parts, where the text lists them next to it:
 * - before it: “重点推进临江城、临空城、海港城和闽江口南岸城镇群、东北部城镇群、西部城镇群等“三城三群””;
 * - after it:  “打造“一区四园”的产业集群，即赤峰市资源型城市经济转型开发试验区，…；美丽河…园区，…”;
 * - in a paragraph explaining one part: “三带贯通”,即…建设东进西联的北部沿海城镇化综合发展带;…
 *   or “六圈聚力”,即以龙口、招远、莱州、栖霞、莱阳、海阳为骨干…
 * Names are given to the parts whose element word they end with, in order; a part only keeps its
 * members when exactly its count of names was found (a part with 多/几 never gets any).
 */

const LEADING_VERB =
  /^(?:即[：:]?|重点|着力|加快|积极|大力)*(?:推进|建设|打造|构建|形成|培育|发展|依托|包括|以|由|将)*(?:以)?/u;
const NAME = /^[\p{Script=Han}()（）—·]{2,20}$/u;

function trimName(s: Span): Span | null {
  const lead = LEADING_VERB.exec(s.text)?.[0].length ?? 0;
  const t = sliceSpan(s, lead);
  return NAME.test(t.text) ? t : null;
}

/** Does a name belong to a part with element word `word`? (园 takes “…产业园区” too.) */
function fits(name: string, word: string): boolean {
  if (name.endsWith(word)) return true;
  return word.length === 1 && name.endsWith(`${word}区`) && word !== '区';
}

/** Give names to parts in order, each to the first part it fits that still lacks members. */
export function assign(parts: readonly FormulaPart[], names: readonly Span[]): (Span[] | null)[] {
  const got: Span[][] = parts.map(() => []);
  for (const n of names) {
    const k = parts.findIndex((p, i) => p.count !== null && (got[i]?.length ?? 0) < p.count && fits(n.text, p.word));
    if (k >= 0) got[k]?.push(n);
  }
  return parts.map((p, i) => (p.count !== null && got[i]?.length === p.count ? (got[i] ?? null) : null));
}

/** Split a span at every match of `sep`. */
function splitSpan(s: Span, sep: RegExp): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const m of s.text.matchAll(new RegExp(sep.source, 'gu'))) {
    out.push(sliceSpan(s, start, m.index));
    start = m.index + m[0].length;
  }
  out.push(sliceSpan(s, start));
  return out;
}

/** “A、B和C” right before “等“…”” (the text must end in 等). */
export function namesBefore(before: Span): Span[] {
  if (!before.text.endsWith('等')) return [];
  const clauseStart = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => before.text.lastIndexOf(c))) + 1;
  const clause = sliceSpan(before, clauseStart, before.text.length - 1);
  return splitSpan(clause, /、|和|及|与/).flatMap((s) => trimName(s) ?? []);
}

/** A building verb that opens the list of a formula's members: “形成东城、西城…”, “高品质打造幸福、八角湾…”. */
const LIST_VERB = /(?:形成|打造|构建|建设|推进|培育|包括|建成)/gu;

/**
 * The names listed right before a formula of one part, “形成东城、西城、南山、东海和新城“五大组团””
 * (batch line 1565), “高品质打造幸福、八角湾、牟平、夹河、蓬莱‘五个新城’” (烟台 line 438): the clause
 * up to the quotation, after its last building verb, split at 、 和 及 与. Empty unless every item
 * reads as a name.
 */
export function namesListedBefore(before: Span): Span[] {
  const clauseStart = Math.max(...['，', ',', '；', ';', '。', '：', ':'].map((c) => before.text.lastIndexOf(c))) + 1;
  let clause = sliceSpan(before, clauseStart);
  const verbs = [...clause.text.matchAll(LIST_VERB)];
  const last = verbs[verbs.length - 1];
  if (last) clause = sliceSpan(clause, last.index + last[0].length);
  const items = splitSpan(clause, /、|和|及|与/);
  if (items.length < 2) return [];
  const names = items.map((s) => (NAME.test(s.text) ? s : null));
  return names.every((n) => n !== null) ? (names as Span[]) : [];
}

/** The explanation after a formula: “…”(的产业集群)，即 … up to the end of the sentence. */
export function explanationAfter(after: Span): Span | null {
  const m = /^(?:的[^，,。；;]{0,12})?[，,]?即[：:]?/u.exec(after.text);
  if (!m) return null;
  const stop = after.text.indexOf('。', m[0].length);
  return sliceSpan(after, m[0].length, stop < 0 ? after.text.length : stop);
}

/** “A，…；B，…；C，…”: the head noun of each ；-separated item. */
export function itemHeads(expl: Span): Span[] {
  const items = splitSpan(expl, /[；;]/);
  if (items.length < 2) return [];
  return items.flatMap((it) => {
    const head = splitSpan(it, /[，,]/)[0];
    return head ? (trimName(head) ?? []) : [];
  });
}

/** Names ending in `word` inside running text, cut at the nearest 的, comma or building verb. */
export function namesEndingWith(expl: Span, word: string): Span[] {
  const out: Span[] = [];
  const text = expl.text;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    const end = i + word.length;
    if (end < text.length && !/[，,；;。、和与及]/u.test(text[end] ?? '')) continue;
    let start = i;
    while (start > 0 && i - start < 20 && !/[的，,；;：:。、]/u.test(text[start - 1] ?? '')) start--;
    const name = trimName(sliceSpan(expl, start, end));
    if (name && name.text.length > word.length) out.push(name);
  }
  return out;
}

/** The first list “A、B、…、Z” of short names in a text (“以龙口、招远、…、海阳为骨干”). */
export function enumeration(expl: Span): Span[] {
  const m = /((?:[\p{Script=Han}()（）]{1,14}、)+[\p{Script=Han}()（）]{2,12}?)(?=为|等|的|组成|构成|[，,。；;]|$)/u.exec(expl.text);
  if (!m) return [];
  const items = splitSpan(sliceSpan(expl, m.index, m.index + m[0].length), /、/).map(trimName);
  return items.every((s) => s !== null) ? (items as Span[]) : [];
}

/** Members for one part from its own explanation: names ending in its word, else a list of its size. */
export function partMembers(part: FormulaPart, expl: Span): Span[] | null {
  if (part.count === null) return null;
  const ending = namesEndingWith(expl, part.word);
  if (ending.length === part.count) return ending;
  const list = enumeration(expl);
  return list.length === part.count ? list : null;
}
