import { describe, expect, it } from 'vitest';
import { elementWord, formulaCandidate, numeral, parseFormula, quotedPhrases } from '../../../pipeline/extract/formulas';
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

  it('reads directions of growth, one part per direction, but not a direction with a thing (西电东送)', () => {
    expect(parts('东扩南进、沿江向海')).toEqual([[1, '东扩'], [1, '南进']]);
    expect(parts('北拓南延')).toEqual([[1, '北拓'], [1, '南延']]);
    expect(parts('西电东送')).toBeNull();
  });

  it.each([
    ['三市同城', [[3, '市']]],
    ['三带协同', [[3, '带']]],
    ['三区融合', [[3, '区']]],
    ['跨河发展、两翼齐飞', [[2, '翼']]],
    ['伸展两翼', [[2, '翼']]],
    ['两轴带状发展和组团布局相结合', [[2, '轴']]],
    ['一城多市、科学分工', [[1, '城'], [null, '市']]],
  ])('reads one numbered part with a verb of spatial relation, “%s”, as a formula', (phrase, expected) => {
    expect(parts(phrase)).toEqual(expected);
  });

  it('takes one numbered area without a verb (“五大组团”) only once the text names its members', () => {
    expect(parseFormula('五大组团')).toBeNull();
    expect(formulaCandidate('五大组团')).toMatchObject({ needsMembers: true, parts: [{ count: 5, word: '组团' }] });
    expect(formulaCandidate('五个新城')).toMatchObject({ needsMembers: true, parts: [{ count: 5, word: '新城' }] });
    // Not areas: centres, rings, one element, a programme.
    for (const phrase of ['三大核心', '三区行动', '一核引领', '三个圈层']) expect(formulaCandidate(phrase), phrase).toBeNull();
  });

  it('counts 市 as a place only as 多市 or with a relation verb: “一区六市” names one city’s roles', () => {
    expect(parseFormula('一区六市')).toBeNull();
    expect(parseFormula('三市同城')).not.toBeNull();
  });

  it.each([
    '多规合一', '三农', '一带一路', '海丝', '三区三线', '一户一宅', '五个一体化、三个集中', '三大工业园区',
    '一镇两乡', '一区六市', '四主四辅', '一本规划、一张蓝图', '西电东送', '三位一体', '两区共建', '三区行动',
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

  it('ends an unclosed quotation at the next opening mark', () => {
    expect(quotedPhrases('构建“一河两轴“三片四区”空间格局').map((q) => q.phrase)).toEqual(['一河两轴', '三片四区']);
  });

  it('runs a quotation on across a page break that repeated its opening mark (batch lines 2941–2943)', () => {
    const text = '构建“一河两轴“三片四区”空间格局';
    const lines = [...text].map((_, i) => (i < 7 ? 2941 : 2943));
    const [q] = quotedPhrases(text, lines);
    expect(q?.phrase).toBe('一河两轴三片四区');
    expect(q?.pieces).toEqual([[3, 7], [8, 12]]);
    // A new quotation that opens a line but is closed before the next one opens is its own phrase.
    const two = '“甲乙“丙丁”和“戊”';
    expect(quotedPhrases(two, [...two].map((_, i) => (i < 3 ? 1 : 2))).map((x) => x.phrase)).toEqual(['甲乙丙丁', '戊']);
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

  it('names the members listed right before a formula of one part (龙口 line 1565, 烟台 line 438)', () => {
    expect(f('batch2', '五大组团')).toMatchObject({
      source: { line: 1565 },
      parts: [{ count: 5, word: '组团', members: ['东城', '西城', '南山', '东海', '新城'] }],
    });
    expect(f('yantai', '五个新城')?.parts).toEqual([{ count: 5, word: '新城', members: ['幸福', '八角湾', '牟平', '夹河', '蓬莱'] }]);
  });

  it('takes an unquoted area formula only with its members listed right before it (西咸 line 3083)', () => {
    const xixian = corpus().formulas.filter((x) => x.source.doc === 'batch2' && x.source.line === 3083);
    expect(xixian.find((x) => x.formula === '五大组团')).toMatchObject({
      source: { doc: 'batch2', line: 3083 },
      parts: [{ count: 5, word: '组团', members: ['空港', '沣东', '秦汉', '沣西', '泾河新城'] }],
    });
    // Unquoted counts without such a list stay out: 松滋's “四大园区” (line 1871), 全州's “县城各组团” (line 2147).
    const unquoted = corpus().formulas.filter((x) => !x.source.text.includes(`“${x.formula.slice(0, 2)}`));
    expect(unquoted.map((x) => `${x.source.doc}:${x.source.line} ${x.formula}`)).toEqual(['batch2:3083 五大组团']);
  });

  it('reads 板桥’s formula whole across the page break (batch line 2941)', () => {
    expect(f('batch2', '一河两轴三片四区')).toMatchObject({ source: { line: 2941 } });
    expect(f('batch2', '一河两轴')).toBeUndefined();
    expect(f('batch2', '三片四区')).toBeUndefined();
  });

  it('catches the formulas of one part with a relation verb, and directions of growth', () => {
    for (const [doc, phrase, line] of [
      ['batch2', '三区融合', 1161], ['batch2', '三市同城', 1161], ['batch2', '三带协同', 1161], ['batch2', '一城多市、科学分工', 2439],
      ['batch2', '两轴带状发展和组团布局相结合', 2327], ['batch2', '跨河发展、两翼齐飞', 2991], ['yantai', '伸展两翼', 436],
      ['changle', '东扩南进、沿江向海', 10],
    ] as const) expect(f(doc, phrase)?.source.line, phrase).toBe(line);
  });

  it('does not take a part quoted again to explain it for a formula of its own (烟台 lines 411, 413)', () => {
    expect(f('yantai', '三带贯通')).toBeUndefined();
    expect(f('yantai', '六圈聚力')).toBeUndefined();
  });

  it('lists each formula once per pilot', () => {
    const keys = corpus().formulas.map((x) => `${x.pilot}|${x.formula}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
});
