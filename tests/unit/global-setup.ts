import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { extractCorpus, type ExtractResult } from '../../pipeline/extract/extract-corpus';
import { loadGazetteer, loadSources } from '../../pipeline/extract/run';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The whole corpus extracted without a gazetteer (pilot ids are then our own: batch2-01, changle…). */
    corpus: ExtractResult;
    /** The whole corpus extracted with data/gazetteer.json, as `npm run data` does before its schema. */
    corpusWithGazetteer: ExtractResult;
  }
}

const root = join(import.meta.dirname, '../..');

/**
 * Extracts the real corpus once for the whole unit run (it takes seconds, and a dozen test files
 * read it) and hands it to every worker. Writes public/data/ with `npm run data` when it is missing
 * (a few tests read the shipped files the page loads); the browser project's build then skips the
 * data step it would repeat.
 */
export default function setup(project: TestProject): void {
  const sources = loadSources(root);
  project.provide('corpus', extractCorpus(sources));
  project.provide('corpusWithGazetteer', extractCorpus(sources, loadGazetteer(root)));
  if (!existsSync(join(root, 'public/data/pilots.geojson'))) {
    execFileSync('npm', ['run', 'data', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
    process.env.PILOT_ATLAS_DATA_BUILT = '1';
  }
}
