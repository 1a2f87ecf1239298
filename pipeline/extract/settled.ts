import { INDICATORS, SETTLED, valueIn, type IndicatorDef } from './indicators';
import { findNumbers, round, type NumberToken } from './numbers';
import { qualifierOf } from './qualifiers';
import { timeAt } from './time';
import type { Found, SentenceContext } from './values';
import { findYears } from './years';

/**
 * Number-first values, where the count comes before what it counts:
 * - people settling in towns: “实现 2 万农业转移人口落户城镇”, “实现 12.1 万人落户城镇”,
 *   “分别实现 3 万和 6 万农业转移人口落户城镇”. Only 落户 counts (tests/unit/extract/fixtures/README.md: 市民化 and
 *   转移 are not settling), and yearly flows (“每年实现1.5万…落户”) are not a total by a year;
 * - “拥有 50 万以上城镇常住人口的中等城市” (梨树 line 739).
 */

/** What may stand between the count and 落户: who settles and where. No clause break, no 市民化. */
const TO_SETTLE = /^(?:人)?(?:左右|以上|多)?([^，,。；;\d]{0,24}?)(?:在城镇|进城|在城市)?(?:落户|入户)/u;
const NOT_SETTLING = /市民化|转移就业|就业|培训/u;
const YEARLY = /(?:每年|年均|平均每年)[^，,。；;]{0,4}$/u;

/** “50 万以上城镇常住人口”: a count followed directly by a population keyword. */
const POPULATION_AFTER = /^(?:人)?(?:以上|左右|多)?(?:城镇常住人口|城镇人口)/u;

type Group = { toks: NumberToken[]; end: number };

/** A number, or a “3 万和 6 万” list of them, starting at tokens[i]. */
function group(text: string, tokens: readonly NumberToken[], i: number): Group | null {
  const first = tokens[i];
  if (!first) return null;
  const toks = [first];
  let end = first.end;
  for (let k = i + 1; k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || !/^(?:左右|以上)?(?:、|和|与)$/u.test(text.slice(end, t.start))) break;
    toks.push(t);
    end = t.end;
  }
  return { toks, end };
}

export function numberFirstValues(text: string, ctx: SentenceContext): Found[] {
  const tokens = findNumbers(text);
  const years = findYears(text);
  const out: Found[] = [];
  const urban = INDICATORS.find((d) => d.id === 'urban_population');
  for (let i = 0; i < tokens.length; i++) {
    const g = group(text, tokens, i);
    if (!g) continue;
    const rest = text.slice(g.end);
    const before = text.slice(0, g.toks[0]?.start ?? 0);
    const settle = TO_SETTLE.exec(rest);
    const pop = POPULATION_AFTER.exec(rest);
    let def: IndicatorDef | null = null;
    if (settle && !NOT_SETTLING.test(settle[1] ?? '') && !YEARLY.test(before)) def = SETTLED;
    else if (pop && urban) def = urban;
    if (def === null) continue;
    const marker = years.filter((y) => y.end <= (g.toks[0]?.start ?? 0) && y.type !== 'compare').pop();
    const paired = g.toks.length > 1 && marker !== undefined && marker.years.length === g.toks.length;
    if (g.toks.length > 1 && !paired) continue;
    g.toks.forEach((tok, k) => {
      if (tok.range || def === null) return;
      const value = valueIn(def, tok.value, tok.unit, tok.multiplier);
      if (value === null) return;
      const after = text.slice(tok.end);
      const qualifier = qualifierOf(text.slice(Math.max(0, tok.start - 4), tok.start), after);
      const time = timeAt(text, years, tok.start, ctx, paired ? marker?.years[k] : undefined);
      out.push({
        indicator: def.id,
        unit: def.unit,
        kind: def === SETTLED ? 'target' : time.kind,
        year: time.year,
        value: round(value),
        qualifier,
        at: tok.start,
        scope: ctx.topic,
      });
    });
    i += g.toks.length - 1;
  }
  return out;
}
