import { describe, expect, it } from 'vitest';
import { elementWord, numeral, parseFormula, quotedPhrases } from '../../../pipeline/extract/formulas';
import { corpus } from './corpus';

const parts = (phrase: string) => parseFormula(phrase)?.map((p) => [p.count, p.word]) ?? null;

describe('parseFormula', () => {
  it.each([
    ['三城三群', [[3, '城'], [3, '群']]],
    ['一核引领、三带贯通、六圈聚力、多点支撑', [[1, '核'], [3, '带'], [6, '圈'], [null, '点']]],
    ['一城六镇七十九个农村社区', [[1, '城'], [6, '镇'], [79, '农村社区']]],
    ['双核两廊十四片', [[2, '核'], [2, '廊'], [14, '片']]],
    ['一镇三区', [[1, '镇'], [3, '区']]],
    ['两轴带动、五区协同、城乡一体、网络辐射', [[2, '轴'], [5, '区']]],
    ['一核一带十度假区', [[1, '核'], [1, '带'], [10, '度假区']]],
    ['三片四区', [[3, '片'], [4, '区']]],
    ['一淀、两城、七带、八廊道', [[1, '淀'], [2, '城'], [7, '带'], [8, '廊道']]],
    ['一桥跨两区', [[1, '桥'], [2, '区']]],
    ['一心两极、六区六城、两轴三带、智慧生态', [[1, '心'], [2, '极'], [6, '区'], [6, '城'], [2, '轴'], [3, '带']]],
    ['1个中心城区、2条产业聚集带、3大功能板块、12个风情小镇、100个美丽乡村', [[1, '中心城区'], [2, '产业聚集带'], [3, '功能板块'], [12, '风情小镇'], [100, '美丽乡村']]],
  ])('reads “%s” as a spatial formula', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it('reads direction formulas, one part per direction', () => {
    expect(parts('西工东城')).toEqual([[1, '西工'], [1, '东城']]);
    expect(parts('东铝、西钢、南高、北装')).toEqual([[1, '东铝'], [1, '西钢'], [1, '南高'], [1, '北装']]);
  });

  it.each([
    '多规合一', '三农', '一带一路', '海丝', '三区三线', '一户一宅', '五个一体化、三个集中', '三大工业园区',
    '一镇两乡', '一区六市', '四主四辅', '一本规划、一张蓝图', '东扩南进、沿江向海', '西电东送', '三位一体',
    '一突破、三深化、三配套', '五险一金', '一村一品', '123121', '12335', '9+N', '15分钟公共文化服务圈',
  ])('does not take the slogan “%s” for a layout', (phrase) => {
    expect(parseFormula(phrase)).toBeNull();
  });
});

describe('formula helpers', () => {
  it('reads Chinese numerals, with 多 as an unstated count', () => {
    expect([numeral('十四'), numeral('七十九'), numeral('两'), numeral('双'), numeral('多')]).toEqual([14, 79, 2, 2, null]);
  });

  it('separates the element word from a verb that follows it', () => {
    expect([elementWord('带贯通'), elementWord('度假区'), elementWord('乡')]).toEqual(['带', '度假区', null]);
  });

  it('ends an unclosed quotation at the next opening mark (batch line 2941)', () => {
    expect(quotedPhrases('构建“一河两轴“三片四区”空间格局').map((q) => q.phrase)).toEqual(['一河两轴', '三片四区']);
  });
});

describe('formulas of the corpus', () => {
  const f = (doc: string, phrase: string) => corpus().formulas.find((x) => x.source.doc === doc && x.formula === phrase);

  it('names the members the text lists before a formula (长乐 line 19) and cites its first mention', () => {
    expect(f('changle', '三城三群')).toMatchObject({
      source: { line: 12 },
      parts: [
        { count: 3, word: '城', members: ['临江城', '临空城', '海港城'] },
        { count: 3, word: '群', members: ['闽江口南岸城镇群', '东北部城镇群', '西部城镇群'] },
      ],
    });
  });

  it('names the members of each part from the paragraphs that explain it (烟台 lines 409–415)', () => {
    expect(f('yantai', '一核引领、三带贯通、六圈聚力、多点支撑')?.parts).toEqual([
      { count: 1, word: '核' },
      { count: 3, word: '带', members: ['北部沿海城镇化综合发展带', '中部城镇化提升发展带', '南部滨海城镇化融合发展带'] },
      { count: 6, word: '圈', members: ['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳'] },
      { count: null, word: '点' },
    ]);
  });

  it('keeps no slogan of the corpus as a formula', () => {
    const phrases = corpus().formulas.map((x) => x.formula);
    for (const slogan of ['多规合一', '三农', '一带一路', '海丝', '三区三线', '五个一体化、三个集中', '西电东送']) {
      expect(phrases).not.toContain(slogan);
    }
  });

  it('lists each formula once per pilot', () => {
    const keys = corpus().formulas.map((x) => `${x.pilot}|${x.formula}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
