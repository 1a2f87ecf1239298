import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSources } from '../../../pipeline/sources.ts';

const dir = 'data/sources';
const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as {
  documents: { id: string; file: string; seed: string; sha256: string; bytes: number; script: string; package?: unknown }[];
};
const sha = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the corpus in data/sources', () => {
  it('holds the five policy documents named in the manifest', () => {
    expect(manifest.documents.map((d) => d.id).sort()).toEqual(['batch2', 'changle', 'fuzhou', 'minhou', 'yantai']);
  });

  it.each(manifest.documents)('$file still matches its recorded sha256 and size', (doc) => {
    const path = join(dir, doc.file);
    expect(sha(path)).toBe(doc.sha256);
    expect(readFileSync(path).length).toBe(doc.bytes);
  });

  const seeds = '../shared/seeds';
  it.runIf(existsSync(seeds)).each(manifest.documents.filter((d) => !d.package))('$file is byte for byte the seed it was copied from', (doc) => {
    expect(sha(join(seeds, doc.seed))).toBe(doc.sha256);
  });

  it('records the Fuzhou plan as traditional script and the others as simplified', () => {
    const scripts = Object.fromEntries(manifest.documents.map((d) => [d.id, d.script]));
    expect(scripts).toEqual({ batch2: 'simplified', changle: 'simplified', minhou: 'simplified', yantai: 'simplified', fuzhou: 'traditional' });
    expect(readFileSync(join(dir, 'fuzhou-new-urbanization-plan-2025-2028.txt'), 'utf8')).toContain('城鎮化');
  });

  it('loads and verifies every document', async () => {
    const sources = await loadSources(dir);
    expect(sources).toHaveLength(5);
    expect(sources.find((s) => s.id === 'batch2')?.text).toContain('第二批国家新型城镇化综合试点');
  });

  it('refuses a document whose bytes changed, naming the file', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
    for (const doc of manifest.documents) copyFileSync(join(dir, doc.file), join(copy, doc.file));
    copyFileSync(join(dir, 'manifest.json'), join(copy, 'manifest.json'));
    const target = join(copy, 'changle-coastal-eco-city-pilot-plan.txt');
    writeFileSync(target, readFileSync(target, 'utf8').replace('55%', '56%'));
    await expect(loadSources(copy)).rejects.toThrow(/changle-coastal-eco-city-pilot-plan\.txt › sha256 is [0-9a-f]{64}, manifest says 88326b5a/);
  });

  it('refuses a manifest entry with a malformed field, naming its path', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'atlas-sources-'));
    const broken = structuredClone(manifest) as { documents: Record<string, unknown>[] };
    broken.documents[2]!.script = 'cursive';
    writeFileSync(join(copy, 'manifest.json'), JSON.stringify(broken));
    await expect(loadSources(copy)).rejects.toThrow(/manifest\.json › documents\[2\]\.script › /);
  });
});
