// Shared by the extraction tests: the real corpus, extracted once per unit run (../fixtures/corpus.ts).
import fs from 'node:fs';
import path from 'node:path';

export { corpus, corpusWithGazetteer } from '../fixtures/corpus.ts';

export const root = path.resolve(import.meta.dirname, '../../..');

export type FixturePilot = {
  doc: string;
  heading_line: number;
  pilot: string;
  records: { indicator: string; kind: string; year: number | null; value: number; qualifier: string; line: number }[];
  layouts: { phrase: string; line: number; members: string[] }[];
};

/** The hand-checked sample: ../shared/fixtures when the checkout has it, else the copy beside these tests. */
export function fixtureSample(): FixturePilot[] {
  const shared = path.resolve(root, '../shared/fixtures/expected-indicators.sample.json');
  const local = path.resolve(import.meta.dirname, 'fixtures/expected-indicators.sample.json');
  const file = fs.existsSync(shared) ? shared : local;
  return JSON.parse(fs.readFileSync(file, 'utf8')) as FixturePilot[];
}
