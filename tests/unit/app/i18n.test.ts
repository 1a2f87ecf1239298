import { describe, expect, it } from 'vitest';
import { STRING_TABLES, t } from '../../../src/app/i18n.ts';

describe('the one string table', () => {
  const areas = Object.entries(STRING_TABLES) as [string, Record<string, { zh: string; en: string }>][];

  it('names each string in one area only, so no area hides another’s string', () => {
    const owner = new Map<string, string>();
    const clashes: string[] = [];
    for (const [area, table] of areas) {
      for (const key of Object.keys(table)) {
        if (owner.has(key)) clashes.push(`${key}: ${owner.get(key)} and ${area}`);
        owner.set(key, area);
      }
    }
    expect(clashes).toEqual([]);
  });

  it('has every string in both languages, with the same placeholders', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const [area, table] of areas) {
      for (const [key, { zh, en }] of Object.entries(table)) {
        expect(zh.trim(), `${area}.${key}`).not.toBe('');
        expect(en.trim(), `${area}.${key}`).not.toBe('');
        expect(holes(zh), `${area}.${key}`).toEqual(holes(en));
      }
    }
  });

  it('fills placeholders as text and leaves the ones not given', () => {
    expect(t('zh', 'progress', { n: 2, total: 5 })).toBe('第 2 页，共 5 页');
    expect(t('en', 'tableSourceOf', { value: '<b>68%</b>', doc: 'yantai', line: 458 })).toBe('<b>68%</b>; read the source: yantai, line 458');
    expect(t('en', 'userMore')).toBe('{n} more');
    expect(t('en', 'searchCount', { n: 3 })).toBe('3 results; use the up and down arrows to choose');
    expect(t('zh', 'insetTitle')).toBe('南海诸岛');
  });
});
