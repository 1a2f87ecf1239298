import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankPilots, searchEntries, searchPilots } from '../../../src/app/search/match.ts';
import { gazetteer, pilotProps } from './pilots.ts';

const entries = searchEntries(pilotProps, gazetteer);
const ids = (query: string, lang: 'zh' | 'en' = 'zh') => searchPilots(query, entries, lang).map((e) => e.id);
const first = (query: string, lang: 'zh' | 'en' = 'zh') => ids(query, lang)[0];

describe('searchEntries', () => {
  it('makes one entry per pilot, with the gazetteer’s aliases and English provinces', () => {
    expect(entries).toHaveLength(63);
    const zhangqiu = entries.find((e) => e.id === 'shandong-zhangqiu');
    expect(zhangqiu).toMatchObject({ zh: '章丘市', en: 'Zhangqiu City, Shandong', province: '山东省', provinceEn: 'Shandong' });
    expect(zhangqiu?.aliases).toContain('章丘区');
  });

  it('without a gazetteer takes the English province from the English name and has no aliases', () => {
    const [fangshan] = searchEntries(pilotProps.slice(0, 1));
    expect(fangshan).toEqual({ id: 'beijing-fangshan', zh: '房山区', en: 'Fangshan District, Beijing', province: '北京市', provinceEn: 'Beijing', aliases: [], pinyin: ['fang', 'shan', 'qu'] });
  });
});

describe('searchPilots on the 63 pilots', () => {
  it('finds 房山 (without 区) as beijing-fangshan first', () => {
    expect(first('房山')).toBe('beijing-fangshan');
    expect(first('房山区')).toBe('beijing-fangshan');
    expect(first('北京市房山区')).toBe('beijing-fangshan');
  });

  it('finds pinyin regardless of case, width, spaces and tone marks', () => {
    for (const q of ['fangshan', 'Fang', 'FANGSHAN', 'Fáng shān', 'ｆａｎｇ']) expect(first(q, 'en'), q).toBe('beijing-fangshan');
    expect(first('zhangqiu')).toBe('shandong-zhangqiu');
    expect(first('baigou')).toBe('hebei-baigou');
    expect(first("yong'an")).toBe('fujian-yongan');
    expect(first('yongan')).toBe('fujian-yongan');
  });

  it('finds a pilot by a former or official name: 章丘区, 播州区, 长乐区, 芷江侗族自治县', () => {
    expect(first('章丘市')).toBe('shandong-zhangqiu');
    expect(first('章丘区')).toBe('shandong-zhangqiu');
    expect(first('遵义县')).toBe('guizhou-zunyixian');
    expect(first('播州区')).toBe('guizhou-zunyixian');
    expect(first('长乐市')).toBe('changle');
    expect(first('长乐区')).toBe('changle');
    expect(first('芷江侗族自治县')).toBe('hunan-zhijiang');
  });

  it('finds changle in pinyin and in Chinese alike', () => {
    expect(ids('changle')).toEqual(['changle']);
    expect(ids('长乐')).toEqual(['changle']);
  });

  it('says through which alias a match came', () => {
    const [hit] = rankPilots('章丘区', entries, 'zh');
    expect(hit).toMatchObject({ tier: 'exact', kind: 'alias', label: '章丘区' });
  });

  it('ranks an exact match above a prefix above a substring', () => {
    // 宁 starts 宁东镇 (prefix), sits inside 西宁市 (substring) and starts 宁夏's and sits in 辽宁省's province names.
    const hits = rankPilots('宁', entries, 'zh');
    const tiers = hits.map((h) => h.tier);
    expect(tiers).toEqual([...tiers].sort((a, b) => ['exact', 'prefix', 'substring'].indexOf(a) - ['exact', 'prefix', 'substring'].indexOf(b)));
    expect(hits[0]?.entry.id).toBe('ningxia-ningdong');
    expect(ids('宁')).toContain('qinghai-xining');
    // "xi" is the start of Xining, Xixian, Xiaoyi, Xinmin, and inside no name before them.
    expect(rankPilots('xi', entries, 'en').slice(0, 4).every((h) => h.tier === 'prefix' && h.kind === 'name')).toBe(true);
  });

  it('lists a province’s pilots after pilots named like it', () => {
    const fujian = ids('福建');
    expect(new Set(fujian)).toEqual(new Set(['fujian-yongan', 'fujian-shaowu', 'changle', 'minhou', 'fuzhou']));
    expect(ids('fujian', 'en')).toHaveLength(5);
    const bei = rankPilots('bei', entries, 'en');
    expect(bei[0]?.entry.id).toBe('xinjiang-beiquan');
    expect(bei.findIndex((h) => h.entry.id === 'beijing-fangshan')).toBeGreaterThan(0);
  });

  it('finds a pilot by pilot plus province in either order of writing', () => {
    expect(first('福建长乐')).toBe('changle');
    expect(first('北京房山')).toBe('beijing-fangshan');
  });

  it('finds pilots by pinyin initials', () => {
    expect(first('zq')).toBe('shandong-zhangqiu');
    expect(ids('fs')).toEqual(expect.arrayContaining(['beijing-fangshan', 'jilin-fusong']));
    expect(first('ybs')).toBe('neimenggu-yuanbaoshan');
  });

  it('finds pilots by the pinyin of their Chinese names, full or initials, where the English name does not spell it', () => {
    // 狮山镇 (initials of the whole name), 澧县 (one part of 津市市—澧县), 南昌高新区 ("High-tech" is no pinyin).
    expect(first('ssz')).toBe('guangdong-shishan');
    expect(first('lixian')).toBe('hunan-jinshi-lixian');
    expect(first('ncgx')).toBe('jiangxi-nanchang-gaoxin');
    expect(first('nanchanggaoxin')).toBe('jiangxi-nanchang-gaoxin');
    expect(first('Nan Chang')).toBe('jiangxi-nanchang-gaoxin');
  });

  it('gives nothing for an empty or blank query, or one matching no name', () => {
    for (const q of ['', '   ', '\n\t', '!!!', '——']) expect(ids(q), JSON.stringify(q)).toEqual([]);
    expect(ids('纽约')).toEqual([]);
    expect(ids('qqqq')).toEqual([]);
  });

  it('matches a single Latin letter only at the start of a name', () => {
    expect(rankPilots('q', entries, 'en').every((h) => h.tier !== 'substring')).toBe(true);
  });

  it('respects a limit', () => {
    expect(searchPilots('镇', entries, 'zh', 8)).toHaveLength(8);
    expect(searchPilots('镇', entries, 'zh', 0)).toEqual([]);
  });

  it('never throws and returns known entries on any string', () => {
    const known = new Set(entries.map((e) => e.id));
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme', maxLength: 300 })), (q) => {
        const hits = searchPilots(q, entries, 'zh');
        expect(hits.every((e) => known.has(e.id))).toBe(true);
        expect(new Set(hits.map((e) => e.id)).size).toBe(hits.length);
      }),
      { numRuns: 500 },
    );
    expect(() => searchPilots('\ud800'.repeat(10_000), entries, 'en')).not.toThrow();
    expect(searchPilots(undefined as unknown as string, entries, 'en')).toEqual([]);
  });
});
