import { describe, expect, it } from 'vitest';
import { foldWidth, normaliseLine, splitLines } from '../../../pipeline/extract/normalise';
import { paragraphs } from '../../../pipeline/extract/paragraphs';
import { lineAt } from '../../../pipeline/extract/span';

const spans = (text: string) => splitLines(text).map((l, i) => normaliseLine(l, i + 1));

describe('normaliseLine', () => {
  it('folds full-width digits and punctuation to ASCII', () => {
    expect(normaliseLine('常住人口城镇化率达到５５．５％，户籍（２０１４年）', 1).text).toBe('常住人口城镇化率达到55.5%,户籍(2014年)');
    expect(foldWidth('１')).toBe('1');
    expect(foldWidth('城')).toBe('城');
  });

  it('drops the PDF spaces inside numbers and units so “2014 年” and “55 %” match', () => {
    expect(normaliseLine('2014 年，全区常住人口 103.6 万人，城镇化率 55 %。', 1).text).toBe('2014年,全区常住人口103.6万人,城镇化率55%。');
  });

  it('keeps one space between two ASCII words or numbers so they do not run together', () => {
    expect(normaliseLine('Produced  By 大汉', 1).text).toBe('Produced By大汉');
    expect(normaliseLine('2014 2015', 1).text).toBe('2014 2015');
  });

  it('keeps every character tied to its source line and to the character the file has', () => {
    const s = normaliseLine('面积 ４０ 平方公里', 7);
    expect(s.lines.every((l) => l === 7)).toBe(true);
    expect(s.text).toBe('面积40平方公里');
    expect(s.orig).toBe('面积４０平方公里');
  });
});

describe('paragraphs', () => {
  it('joins a word broken across a page break so the number still maps to its own line', () => {
    // batch doc lines 1903–1905: “…落户城镇，常” / blank / “住人口城镇化率达到 55%…”
    const text = [
      '——基本形成切合粮食主产区的农业转移人口市民化成本分担机制。到 2017 年，实现 12.1 万人落户城镇，常',
      '',
      '住人口城镇化率达到 55%，户籍人口城镇化率达到 40.7%。',
    ].join('\n');
    const [p] = paragraphs(spans(text));
    expect(p?.text).toContain('常住人口城镇化率达到55%');
    const at = p?.text.indexOf('55%') ?? -1;
    expect(p && lineAt(p, at)).toBe(3);
    expect(p && lineAt(p, p.text.indexOf('12.1'))).toBe(1);
  });

  it('joins a qualifier cut from its number (“95%以” / “上”)', () => {
    const text = '——初步形成覆盖城乡居民的基本公共服务和社会保障体系，新增劳动力免费接受基本职业技能培训覆盖率达到 95%以\n\n上，城镇常住人口基本养老保险覆盖率达到 90%。';
    expect(paragraphs(spans(text)).map((p) => p.text)).toHaveLength(1);
  });

  it('never joins a heading, a pilot heading or a finished sentence to what follows', () => {
    const text = [
      '北京市房山区国家新型城镇化综合试点 工作方案要点',
      '',
      '房山区是首都北京的西南门户。',
      '（二）以棚户区改造和大项目建设为重点，推进农民就地城镇化，同步完善农业转移人口市民化成本分担机制',
      '加快棚户区改造、山区险户搬迁和就地改造、农村新型社区建设。',
      '责任单位:县公安局、人社局',
      '2.强化市民化保障与支持体系',
    ].join('\n');
    expect(paragraphs(spans(text))).toHaveLength(6);
  });

  it('does not join short table cells (the Yantai plan flattens its table one cell per line)', () => {
    expect(paragraphs(spans('常住人口\n\n城镇化率(%)\n\n烟台市\n\n67.31'))).toHaveLength(4);
  });
});
