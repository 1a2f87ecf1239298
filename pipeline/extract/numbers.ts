/** What a number is counted in, as far as the indicators care. */
export type Unit = 'percent' | 'km2' | 'person' | 'ratio' | 'none' | 'other';

export type NumberToken = {
  /** Index of the first digit in the sentence text. */
  readonly start: number;
  /** Index just after the number, its multiplier and its unit. */
  readonly end: number;
  /** The number as written, times its multiplier (万 → 10⁴, 亿 → 10⁸). */
  readonly value: number;
  readonly multiplier: number;
  readonly unit: Unit;
  /** One end of a range (“65%—75%”, “5—7万人”, “100 万至 150 万”): ranges are never recorded. */
  readonly range: boolean;
};

const NUMBER = /(?<![A-Za-z0-9.])(\d+(?:\.\d+)?)(?![\d.])/g;

/**
 * Unit words that make a number something other than an indicator value (years, money, counts…).
 * A per-mille figure (5‰, a natural growth rate) feeds no indicator: it is never read as a plain number or a percentage.
 */
const OTHER_UNIT =
  /^(?:个百分点|人次|人民币|平方米|公里|千米|千瓦|公顷|[‰‱元年月日号个家所张户亩吨米天次项座条套间辆名位处倍分级期批种类栋台艘部只村镇届岁周小时G]|[A-Za-z])/u;

const RANGE_LINK = /^\s*(?:—+|–|-|~|至|到)\s*\d/;

function unitAfter(rest: string): { unit: Unit; length: number } {
  const area = /^(?:平方公里|平方千米|km²|km2)/.exec(rest);
  if (area) return { unit: 'km2', length: area[0].length };
  if (rest.startsWith('%')) return { unit: 'percent', length: 1 };
  if (OTHER_UNIT.test(rest)) return { unit: 'other', length: 0 };
  if (/^人(?!次)/u.test(rest)) return { unit: 'person', length: 1 };
  const ratio = /^[:∶]1(?![\d.])/.exec(rest);
  if (ratio) return { unit: 'ratio', length: ratio[0].length };
  if (/^[/:]/.test(rest)) return { unit: 'other', length: 0 };
  return { unit: 'none', length: 0 };
}

/** Every number in `text` with its multiplier, unit and whether it is one end of a range. */
export function findNumbers(text: string): NumberToken[] {
  const raw: { start: number; end: number; value: number; multiplier: number; unit: Unit }[] = [];
  for (const m of text.matchAll(NUMBER)) {
    const digits = m[1] ?? '';
    const start = m.index;
    let end = start + digits.length;
    let multiplier = 1;
    const mult = /^(万|亿)/.exec(text.slice(end));
    if (mult) {
      multiplier = mult[1] === '亿' ? 1e8 : 1e4;
      end += 1;
    }
    const { unit, length } = unitAfter(text.slice(end));
    end += length;
    if (text[start - 1] === '/') continue;
    raw.push({ start, end, value: Number(digits) * multiplier, multiplier, unit });
  }
  return raw.map((tok, i) => {
    const next = raw[i + 1];
    const prev = raw[i - 1];
    const linksNext = next !== undefined && RANGE_LINK.test(text.slice(tok.end, next.start + 1));
    const linkedFromPrev = prev !== undefined && RANGE_LINK.test(text.slice(prev.end, tok.start + 1));
    return { ...tok, range: linksNext || linkedFromPrev };
  });
}

/**
 * A head count in 万人 (the contract's unit): “27708 人” → 2.7708, “63.7 万” → 63.7; null when the
 * number is not a head count (a bare “63” without 人 or 万).
 */
export function wanRen(value: number, unit: Unit, multiplier: number): number | null {
  if (unit === 'person') return round(value / 1e4);
  if (unit === 'none' && multiplier >= 1e4) return round(value / 1e4);
  return null;
}

export function toWanRen(tok: NumberToken): number | null {
  return wanRen(tok.value, tok.unit, tok.multiplier);
}

/** Keep at most six decimals so 27708 人 → 2.7708 万人 does not print as 2.7708000000000004. */
export function round(x: number): number {
  return Math.round(x * 1e6) / 1e6;
}
