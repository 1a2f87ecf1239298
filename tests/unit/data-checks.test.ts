import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CHECKED_FILES, type ChecksFile } from '../../src/core/schema/data-files.ts';
import { textHash } from '../../src/core/text-hash.ts';
import { openAtlas } from './attack/api.ts';

const data = (name: string) => readFileSync(`public/data/${name}`, 'utf8');

describe('data/checks.json: the files of the first view as the build validated them', () => {
  it('holds the hash of every checked file as written', () => {
    const checks = JSON.parse(data('checks.json')) as ChecksFile;
    expect(Object.keys(checks.files).sort()).toEqual(Object.keys(CHECKED_FILES).sort());
    for (const [name, hash] of Object.entries(checks.files)) expect(hash, name).toBe(textHash(data(name)));
  });

  it('tells a file from one cut short, one changed in one character, and one re-serialised', () => {
    const text = data('indicators.json');
    const hash = textHash(text);
    expect(hash).toMatch(/^[0-9a-f]{14}$/);
    expect(textHash(text)).toBe(hash);
    expect(textHash(text.slice(0, -1))).not.toBe(hash);
    const i = text.indexOf('"value":') + 8;
    expect(textHash(text.slice(0, i) + (text[i] === '1' ? '2' : '1') + text.slice(i + 1))).not.toBe(hash);
    expect(textHash(JSON.stringify(JSON.parse(text), null, 1))).not.toBe(hash);
  });

  it('loads the same atlas when checks.json is missing or broken (every file validated then)', async () => {
    const whole = await openAtlas({});
    expect(whole.broken).toEqual([]);
    expect(whole.notes).toEqual([]);
    expect(whole.records).toBeGreaterThan(400);
    for (const checks of [null, '{"files":', '{"files":{"indicators.json":"not a hash"}}']) {
      expect(await openAtlas({ 'checks.json': checks }), String(checks)).toEqual(whole);
    }
  });

  it('validates a file whose text is not the one checked, and names the place of a wrong value', async () => {
    const indicators = JSON.parse(data('indicators.json')) as { records: Record<string, unknown>[] };
    indicators.records[5]!.year = 'twenty twenty';
    const seen = await openAtlas({ 'indicators.json': JSON.stringify(indicators) });
    expect(seen.notes).toHaveLength(1);
    expect(seen.notes[0]!.en).toContain('data/indicators.json');
    expect(seen.notes[0]!.en).toContain('records[5].year');
    expect(seen.notes[0]!.zh).toContain('records[5].year');
    expect(seen.records).toBe(0);
  });
});
