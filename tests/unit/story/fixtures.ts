// Real inputs for the story tests, read from disk: the shipped stories, and the ids they may name
// (gazetteer pilots, data/layouts ids, measure ids, manifest documents) with the corpus lines they cite.
import { readdirSync, readFileSync } from 'node:fs';
import type { KnownIds } from '../../../src/core/schema/story.ts';
import { MEASURE_IDS } from '../../../src/core/thematic/measures.ts';

const root = new URL('../../../', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, root), 'utf8');
const json = (path: string): unknown => JSON.parse(read(path));

export const STORY_DIR = 'data/stories';

/** Every shipped story file, sorted, as `{file, json}`. */
export const storyFiles = (): { file: string; json: unknown }[] =>
  readdirSync(new URL(`${STORY_DIR}/`, root))
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => ({ file: `${STORY_DIR}/${f}`, json: json(`${STORY_DIR}/${f}`) }));

type Gazetteer = { pilots: { id: string; docs: string[]; province: { zh: string } }[] };
export const gazetteer = json('data/gazetteer.json') as Gazetteer;

type ManifestDoc = { id: string; file: string; title: string };
export const manifest = json('data/sources/manifest.json') as { documents: ManifestDoc[] };

const layoutSpecs = readdirSync(new URL('data/layouts/', root))
  .filter((f) => f.endsWith('.json') && f !== 'unplaceable.json')
  .map((f) => json(`data/layouts/${f}`) as { id: string; parts: { part: string }[] });
const layoutIds = layoutSpecs.map((l) => l.id);

export const known: KnownIds = {
  pilots: new Set(gazetteer.pilots.map((p) => p.id)),
  layouts: new Set(layoutIds),
  measures: new Set<string>(MEASURE_IDS),
  docs: new Set(manifest.documents.map((d) => d.id)),
  parts: new Map(layoutSpecs.map((l) => [l.id, new Set(l.parts.map((p) => p.part))])),
};

/** Line `line` (1-based) of a corpus document, as written. */
export function docLine(doc: string, line: number): string {
  const entry = manifest.documents.find((d) => d.id === doc);
  if (!entry) throw new Error(`no document "${doc}" in manifest.json`);
  return read(`data/sources/${entry.file}`).split('\n')[line - 1] ?? '';
}

/** The manifest title of a document (its years may appear in a caption that names it). */
export const docTitle = (doc: string): string => manifest.documents.find((d) => d.id === doc)?.title ?? '';

/** Text with spacing and full-width forms folded (the corpus writes “2014 年”, captions “2014年”). */
export const fold = (text: string): string => text.normalize('NFKC').replace(/\s+/g, '');

/** The numbers a text states, as strings (“36.2”, “2020”); digits inside words count (F2 → 2). */
export const numbersIn = (text: string): string[] => fold(text).match(/\d+(?:\.\d+)?/g) ?? [];

/** Numbers of an English caption in the Chinese caption's units: “3.5 million” is 350 万. */
export const numbersInEnglish = (text: string): string[] =>
  [...text.matchAll(/(\d+(?:\.\d+)?)(\s*million)?/g)].map(([, n, million]) => (million ? String(Number(n) * 100) : n!));
