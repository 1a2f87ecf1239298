import { describe, expect, it } from 'vitest';
import { findSpan } from '../../../src/core/text-span.ts';

// Line 79 of the batch document (national-pilots-batch2-work-plan-highlights.txt), spaces as published.
const line79 = '房山区是首都北京的西南门户，兼具城市发展新区和生态涵养区双重功能定位。全区土地总面积 1990 平方公里。2014 年，全区常住人口 103.6 万人，其中城镇人口 71.4 万人，常住人口城镇化率 68.9%；户籍人口 79.4 万人，户籍人口城镇化率 58.6%。';

describe('findSpan', () => {
  it('finds a sentence whose spaces were normalised away', () => {
    const sentence = '2014年，全区常住人口103.6万人，其中城镇人口71.4万人，常住人口城镇化率68.9%；户籍人口79.4万人，户籍人口城镇化率58.6%。';
    const [start, end] = findSpan(line79, sentence)!;
    expect(line79.slice(start, end)).toBe('2014 年，全区常住人口 103.6 万人，其中城镇人口 71.4 万人，常住人口城镇化率 68.9%；户籍人口 79.4 万人，户籍人口城镇化率 58.6%。');
  });

  it('marks from the start of a sentence that continues on the next line to the end of this one', () => {
    const span = findSpan('到2017年，全市常住人口城', '到2017年，全市常住人口城镇化率达到55%以上');
    expect(span).toEqual([0, 14]);
  });

  it('marks the head of a line that ends a sentence begun on an earlier line', () => {
    const line = '镇化率达到 55%。下一句。';
    const [start, end] = findSpan(line, '全市常住人口城镇化率达到55%。')!;
    expect(line.slice(start, end)).toBe('镇化率达到 55%。');
  });

  it('returns null when the sentence is not on the line', () => {
    expect(findSpan(line79, '户籍人口城镇化率达到70%')).toBeNull();
    expect(findSpan('', 'x')).toBeNull();
  });
});
