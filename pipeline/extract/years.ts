/**
 * How a year is introduced:
 * - target:  “到 2017 年”, “至2020年”, “力争在 2020 年”, “预计到2020年” — what follows is a goal;
 * - bare:    “2014 年，全区常住人口…”, “2017 年常住人口城镇化率达到 48.7%” — past or future by the year;
 * - until:   “截至 2015 年 5 月” — a stated fact;
 * - compare: “比 2020 年提高 3 个百分点”, “比2014年增加” — a reference, never the value's year.
 */
export type YearType = 'target' | 'bare' | 'until' | 'compare';

export type YearMarker = {
  readonly start: number;
  readonly end: number;
  readonly year: number;
  readonly type: YearType;
  /** “到 2017 年和 2020 年” lists several years; they pair with “分别” values. */
  readonly years: readonly number[];
};

const YEAR = /(?<!\d)(\d{4})(?:\s*[—–\-~至到]+\s*(\d{4}))?年(?:底|末|年底|年末)?/g;
const LIST_TAIL = /^(?:[和、与及](\d{4})年?)+/;

const isYear = (y: number): boolean => y >= 1949 && y <= 2100;

function typeBefore(before: string): YearType {
  if (/(?:比|较|相比|同比|与)$/.test(before)) return 'compare';
  if (/(?:截至|截止到?|截止)$/.test(before)) return 'until';
  if (/(?:到|至|在|于|力争|争取|预计|计划|目标)$/.test(before)) return 'target';
  return 'bare';
}

/** Inside 《…》 or a parenthesised “（2013—2030年）”: a title's period, not a date for a figure. */
function insideTitle(text: string, index: number): boolean {
  const open = text.lastIndexOf('《', index);
  if (open >= 0 && text.indexOf('》', open) > index) return true;
  const paren = Math.max(text.lastIndexOf('(', index), text.lastIndexOf('（', index));
  return paren >= 0 && index - paren <= 2 && /^[^)）]*[)）]/.test(text.slice(index));
}

/** Year markers of a sentence, in order. A span “2015—2017 年” counts as its last year. */
export function findYears(text: string): YearMarker[] {
  const out: YearMarker[] = [];
  for (const m of text.matchAll(YEAR)) {
    const first = Number(m[1]);
    const last = m[2] !== undefined ? Number(m[2]) : first;
    if (!isYear(first) || !isYear(last) || insideTitle(text, m.index)) continue;
    const previous = out[out.length - 1];
    if (previous && m.index < previous.end) continue;
    const before = text.slice(Math.max(0, m.index - 4), m.index);
    let end = m.index + m[0].length;
    const type = /^(?:的?基础上|相比|水平上)/.test(text.slice(end)) ? 'compare' : typeBefore(before);
    const years = [last];
    const tail = LIST_TAIL.exec(text.slice(end));
    if (tail) {
      for (const y of tail[0].matchAll(/(\d{4})/g)) years.push(Number(y[1]));
      end += tail[0].length;
    }
    out.push({ start: m.index, end, year: last, type, years });
  }
  return out;
}

/** Target years announced with 到/至 anywhere in a text; the document's “present” is before the first. */
export function targetYears(text: string): number[] {
  return findYears(text)
    .filter((y) => y.type === 'target')
    .map((y) => y.year);
}

/**
 * The last year of a document's past: from a title period “（2021—2035年）” the year before its
 * start, otherwise the year before the earliest “到 YEAR 年” target in the text. A bare year up to
 * this one states a fact (“2020年末常住人口城镇化率达到67.31%”), a later one a goal.
 */
export function referenceYear(title: string, text: string): number | null {
  const period = /(\d{4})\s*[—–\-~至]\s*(\d{4})\s*年/.exec(title);
  if (period) return Number(period[1]) - 1;
  const targets = targetYears(text);
  return targets.length > 0 ? Math.min(...targets) - 1 : null;
}
