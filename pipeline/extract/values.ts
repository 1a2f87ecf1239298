import { findKeywords, valueIn, type IndicatorDef } from './indicators';
import { listedScopes } from './listed';
import { findNumbers, round, type NumberToken } from './numbers';
import { qualifierAfterLength, qualifierOf } from './qualifiers';
import type { Qualifier, RecordKind } from './schema';
import { headBefore, readHead } from './scope';
import { timeAt, type TimeContext } from './time';
import { findYears, type YearMarker } from './years';

/** A value found in a sentence, before it is tied to a pilot and a source line. */
export type Found = {
  readonly indicator: string;
  readonly unit: string;
  readonly kind: RecordKind;
  readonly year: number | null;
  readonly value: number;
  readonly qualifier: Qualifier;
  /** Index of the number in the sentence (its line is the record's line). */
  readonly at: number;
  readonly scope: string | null;
};

export type SentenceContext = TimeContext & {
  readonly aliases: readonly string[];
  /** Sub-area the sentence speaks of (“支持龙口…”), used when the keyword's head names none. */
  readonly topic: string | null;
  /** The paragraph's text before this sentence (lists of sub-areas that “分别” values follow). */
  readonly before: string;
};

/** Words allowed between a keyword and its number (“常住人口城镇化率达到 72%”, “面积约 40 平方公里”). */
const FILLER =
  /^(?:分别达到|分别为|分别|力争达到|预计达到|要达到|将达到|已达到|已达|达到|达|预计|力争|将|要|提高到|提高至|提升到|提升至|增加到|增加至|增长到|增长至|上升到|上升至|缩小到|缩小至|降低到|降低至|降至|控制在|稳定在|保持在|不低于|不少于|不超过|不高于|突破|超过|高于|逾|约为|大约|约|将近|接近|近|由目前的?|由现在的?|由|为|是|有|共|总计|合计|仅为|仅)*/u;

/** “…由目前 39.01% 提高到 60%”: the second value of a change. */
const CHANGE_TO = /^(?:提高|提升|增加|增长|上升|降低|下降|缩小)(?:到|至)/u;

/** Between the values of a “分别” list: “71%左右和75%左右”, “98%、97%和100%”. */
const LIST_LINK = /^(?:、|和|与|及|,)/u;

type Value = { tok: NumberToken; qualifier: Qualifier; end: number };

function valueAt(text: string, tokens: readonly NumberToken[], pos: number): Value | null {
  const tok = tokens.find((t) => t.start === pos);
  if (!tok) return null;
  const q = qualifierAfterLength(text.slice(tok.end));
  const before = text.slice(Math.max(0, pos - 4), pos);
  return { tok, qualifier: qualifierOf(before, text.slice(tok.end)), end: tok.end + q };
}

/** The values a keyword governs: one, a “分别” list, or a “由 A 提高到 B” pair (A then B). */
function valuesAfter(text: string, tokens: readonly NumberToken[], from: number): { values: Value[]; list: boolean; change: boolean } {
  const fill = FILLER.exec(text.slice(from))?.[0] ?? '';
  const first = valueAt(text, tokens, from + fill.length);
  if (!first) return { values: [], list: false, change: false };
  const values = [first];
  if (fill.includes('分别')) {
    let last = first;
    for (;;) {
      const link = LIST_LINK.exec(text.slice(last.end));
      const next = link ? valueAt(text, tokens, last.end + link[0].length) : null;
      if (!next) break;
      values.push(next);
      last = next;
    }
    return { values, list: true, change: false };
  }
  if (/由/u.test(fill)) {
    const to = CHANGE_TO.exec(text.slice(first.end));
    const second = to ? valueAt(text, tokens, first.end + to[0].length) : null;
    if (second) return { values: [first, second], list: false, change: true };
  }
  return { values, list: false, change: false };
}

function accept(def: IndicatorDef, v: Value, text: string): number | null {
  if (v.tok.range) return null;
  // “常住人口30万以上的县”: an attribute of something else, not a figure of the pilot.
  if (text[v.end] === '的') return null;
  const x = valueIn(def, v.tok.value, v.tok.unit, v.tok.multiplier);
  return x === null ? null : round(x);
}

/**
 * Keyword-first values of one sentence: “<keyword><filler><number>”, lists with 分别, changes
 * “由 A 提高到 B”, and numbers whose keyword the sentence already gave (“到2020年达到66%”).
 */
export function sentenceValues(text: string, ctx: SentenceContext): Found[] {
  const tokens = findNumbers(text);
  const years: YearMarker[] = findYears(text);
  const out: Found[] = [];
  const used = new Set<number>();
  const defs = new Map<string, IndicatorDef>();

  const push = (def: IndicatorDef, v: Value, value: number, scope: string | null, time: { kind: RecordKind; year: number | null }) => {
    used.add(v.tok.start);
    const year = def.id === 'area_km2' ? null : time.year;
    out.push({ indicator: def.id, unit: def.unit, kind: time.kind, year, value, qualifier: v.qualifier, at: v.tok.start, scope });
  };

  for (const hit of findKeywords(text)) {
    const head = readHead(headBefore(text, hit.start), ctx.aliases);
    const { values, list, change } = valuesAfter(text, tokens, hit.end);
    if (values.length === 0) continue;
    // “六县市常住人口城镇化率分别达到72%、61%…”: the head counts sub-areas a list named before.
    const listed = !head.ok && list ? listedScopes(ctx.before + text.slice(0, hit.start), values.length) : null;
    if (!head.ok && listed === null) continue;
    const scope = head.ok ? (head.scope ?? hit.def.scopes?.[hit.keyword] ?? ctx.topic) : null;
    defs.set(hit.def.id, hit.def);
    values.forEach((v, i) => {
      const value = accept(hit.def, v, text);
      if (value === null) return;
      if (listed !== null) return push(hit.def, v, value, listed[i] ?? null, timeAt(text, years, v.tok.start, ctx));
      if (change && i === 0) return push(hit.def, v, value, scope, { kind: 'baseline', year: null });
      const marker = years.filter((y) => y.end <= v.tok.start && y.type !== 'compare').pop();
      const listedYear = list && marker && marker.years.length === values.length ? marker.years[i] : undefined;
      if (list && marker && marker.years.length > 1 && listedYear === undefined) return;
      push(hit.def, v, value, scope, timeAt(text, years, v.tok.start, ctx, listedYear));
    });
  }

  // “到2017年，常住人口城镇化率达到63%，到2020年达到66%”: the second value keeps the keyword.
  for (const tok of tokens) {
    if (used.has(tok.start)) continue;
    const marker = years.filter((y) => y.end <= tok.start).pop();
    if (!marker || !/^[,，]?(?:达到|提高到|提高至|增加到|突破|超过|控制在|缩小到)$/u.test(text.slice(marker.end, tok.start))) continue;
    const prior = out.filter((f) => f.at < tok.start).pop();
    if (!prior) continue;
    const def = defs.get(prior.indicator);
    const v = valueAt(text, tokens, tok.start);
    if (!def || !v) continue;
    const value = accept(def, v, text);
    if (value !== null) push(def, v, value, prior.scope, timeAt(text, years, tok.start, ctx));
  }
  return out;
}
