import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { levelName, STRINGS, t } from '../../../src/app/i18n.ts';

const entries = Object.entries(STRINGS) as [string, Record<string, unknown>][];

/** Every .ts file under `dir`. */
const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : []));

describe('the one string table', () => {
  it('has every key in Chinese and in English, with the same placeholders, and no other language', () => {
    const holes = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const wrong: string[] = [];
    for (const [key, value] of entries) {
      const { zh, en } = value as { zh?: unknown; en?: unknown };
      if (Object.keys(value).sort().join() !== 'en,zh') wrong.push(`${key}: languages ${Object.keys(value).join(', ')}`);
      if (typeof zh !== 'string' || zh.trim() === '') wrong.push(`${key}: no zh`);
      if (typeof en !== 'string' || en.trim() === '') wrong.push(`${key}: no en`);
      if (typeof zh === 'string' && typeof en === 'string' && holes(zh).join() !== holes(en).join()) wrong.push(`${key}: placeholders {${holes(zh).join(', ')}} against {${holes(en).join(', ')}}`);
    }
    expect(wrong).toEqual([]);
    expect(entries.length).toBeGreaterThan(200);
  });

  it('is the only table: its file declares each key once, and no other source file holds a table of zh/en strings for t()', () => {
    const text = readFileSync('src/app/strings.ts', 'utf8');
    const declared = [...text.matchAll(/^ {2}(\w+): \{/gm)].map((m) => m[1]);
    expect(declared.length).toBe(entries.length);
    expect(new Set(declared).size).toBe(declared.length);
    const others = sources('src').filter((f) => f !== join('src', 'app', 'strings.ts') && /as const satisfies Record<string, Record<Lang, string>>/.test(readFileSync(f, 'utf8')));
    expect(others).toEqual([]);
  });

  it('uses every string somewhere in the code', () => {
    const code = sources('src').filter((f) => f !== join('src', 'app', 'strings.ts')).map((f) => readFileSync(f, 'utf8')).join('\n');
    const unused = entries.map(([key]) => key).filter((key) => !key.startsWith('level_') && !code.includes(`'${key}'`));
    expect(unused).toEqual([]);
  });

  it('fills placeholders as text and leaves the ones not given', () => {
    expect(t('zh', 'progress', { n: 2, total: 5 })).toBe('第 2 页，共 5 页');
    expect(t('en', 'tableSourceOf', { value: '<b>68%</b>', doc: 'yantai', line: 458 })).toBe('<b>68%</b>; read the source: yantai, line 458');
    expect(t('en', 'userMore')).toBe('{n} more');
    expect(t('en', 'searchCount', { n: 3 })).toBe('3 results; use the up and down arrows to choose');
    expect(t('zh', 'insetTitle')).toBe('南海诸岛');
  });

  it('names levels from the same table, and an unknown level as it is', () => {
    expect(levelName('zh', 'county_city')).toBe('县级市');
    expect(levelName('en', 'new_area')).toBe('new area');
    expect(levelName('en', 'toString')).toBe('toString');
    expect(levelName('zh', 'canton')).toBe('canton');
  });
});
