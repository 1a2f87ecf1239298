import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFileError, describeError, locate, parseJsonText, validate } from '../../../src/app/data-error.ts';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';

const caught = async (fn: () => unknown): Promise<DataFileError> => {
  try {
    await fn();
  } catch (error) {
    if (error instanceof DataFileError) return error;
    throw error;
  }
  throw new Error('no error');
};

describe('data file errors', () => {
  it('names a truncated file, the line and column where it stops, in both languages', async () => {
    const text = readFileSync('public/data/layouts-index.json', 'utf8');
    const cut = text.slice(0, Math.floor(text.length / 2));
    const error = await caught(() => parseJsonText('data/layouts-index.json', cut));
    const end = locate(cut, cut.length);
    expect(error.file).toBe('data/layouts-index.json');
    expect(describeError(error, 'en')).toBe(
      `data/layouts-index.json › line ${end.line}, column ${end.column} › the JSON ends here unexpectedly: the file is incomplete (${Buffer.byteLength(cut)} bytes; truncated?)`,
    );
    expect(describeError(error, 'zh')).toMatch(new RegExp(`^data/layouts-index\\.json › 第 ${end.line} 行第 ${end.column} 列 › JSON 在此意外结束`));
  });

  it('names the line and column of a syntax error inside a file', async () => {
    const error = await caught(() => parseJsonText('data/x.json', '{\n  "a": 1,\n  "b": tru\n}'));
    expect(describeError(error, 'en')).toMatch(/^data\/x\.json › line 3, column \d+ › not valid JSON/);
    expect((await caught(() => parseJsonText('data/x.json', ''))).message).toBe('data/x.json › line 1, column 1 › the file is empty');
  });

  it('names the path of each schema problem, a few at most', async () => {
    const pilots = JSON.parse(readFileSync('public/data/pilots.geojson', 'utf8')) as { features: { properties: Record<string, unknown> }[] };
    for (const f of pilots.features) delete f.properties.id;
    const error = await caught(() => validate('data/pilots.geojson', PilotsFileSchema, pilots));
    expect(error.issues).toHaveLength(6);
    expect(describeError(error, 'en').split('\n')[0]).toMatch(/^data\/pilots\.geojson › features\[0\]\.properties\.id › /);
    expect(describeError(error, 'zh').split('\n').at(-1)).toBe(`data/pilots.geojson › 另有 ${pilots.features.length - 5} 处问题`);
  });
});
