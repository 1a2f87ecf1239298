/**
 * `npm run data`: reads the corpus and the committed data, writes public/data/ (served as data/ by vite).
 * The only file of the pipeline that writes to disk.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { loadSources } from './sources.ts';
import { buildBasemap, type BasemapNames } from './basemap/build.ts';

const root = new URL('..', import.meta.url).pathname;
const out = join(root, 'public', 'data');

async function readJson<T>(path: string): Promise<T> {
  try {
    return JSON.parse(await readFile(path, 'utf8')) as T;
  } catch (error) {
    throw new Error(`${path} › ${(error as Error).message}`);
  }
}

async function write(name: string, value: unknown): Promise<void> {
  const text = JSON.stringify(value);
  await writeFile(join(out, name), text);
  const gz = gzipSync(text).length;
  console.log(`  ${name.padEnd(22)} ${(text.length / 1024).toFixed(0).padStart(6)} KB  ${(gz / 1024).toFixed(0).padStart(5)} KB gzip`);
}

async function main(): Promise<void> {
  await mkdir(out, { recursive: true });
  const sources = await loadSources(join(root, 'data', 'sources'));
  console.log(`corpus: ${sources.length} documents, sha256 verified`);

  const world = await readJson<import('topojson-specification').Topology>(
    join(root, 'node_modules', 'world-atlas', 'countries-50m.json'),
  );
  const names = await readJson<BasemapNames>(join(root, 'data', 'basemap', 'names.json'));

  console.log('writing public/data/');
  await write('sources.json', { documents: sources.map(({ text: _text, ...doc }) => doc) });
  await write('basemap.json', buildBasemap(world, names));
}

main().catch((error: unknown) => {
  console.error(`npm run data failed:\n${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
