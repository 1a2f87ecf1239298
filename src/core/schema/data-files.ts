import type { z } from './zod.ts';
import type { BasemapFile } from './basemap.ts';
import type { FormulasFile, IndicatorsFile } from './indicators.ts';
import type { LayoutsIndex } from './layouts-index.ts';
import type { Manifest } from './manifest.ts';
import type { PilotDocs } from './pilot-docs.ts';
import type { PilotsFile } from './pilots.ts';
import type { Gazetteer } from './gazetteer.ts';
import type { StoryIndex } from './story.ts';

/**
 * The data files of the first view (and those loaded just after it) that the build validates, each with its schema, imported only
 * when needed: the build writes `data/checks.json`, the hash (src/core/text-hash.ts) of each file as
 * it validated it, and the page validates a file only when its text differs from that (edited,
 * cut short, or from another build), so zod and the schemas stay off the first view's load.
 * For `china-base.topo.json` the schema is that of its `pilots` object as GeoJSON.
 */
export interface CheckedValues {
  'sources.json': Manifest;
  'basemap.json': BasemapFile;
  'china-base.topo.json': PilotsFile;
  'layouts-index.json': LayoutsIndex;
  'indicators.json': IndicatorsFile;
  'formulas.json': FormulasFile;
  'pilot-docs.json': PilotDocs;
  'gazetteer.json': Gazetteer;
  'stories/index.json': StoryIndex;
}

export const CHECKED_FILES: { [K in keyof CheckedValues]: () => Promise<z.ZodType<CheckedValues[K]>> } = {
  'sources.json': () => import('./manifest.ts').then((m) => m.ManifestSchema),
  'basemap.json': () => import('./basemap.ts').then((m) => m.BasemapFileSchema as unknown as z.ZodType<BasemapFile>),
  'china-base.topo.json': () => import('./pilots.ts').then((m) => m.PilotsFileSchema),
  'layouts-index.json': () => import('./layouts-index.ts').then((m) => m.LayoutsIndexSchema),
  'indicators.json': () => import('./indicators.ts').then((m) => m.IndicatorsFileSchema),
  'formulas.json': () => import('./indicators.ts').then((m) => m.FormulasFileSchema),
  'pilot-docs.json': () => import('./pilot-docs.ts').then((m) => m.PilotDocsSchema),
  // Loaded just after the first view (search, the story picker).
  'gazetteer.json': () => import('./gazetteer.ts').then((m) => m.GazetteerSchema),
  'stories/index.json': () => import('./story.ts').then((m) => m.StoryIndexSchema),
};

export type CheckedFile = keyof CheckedValues;
/** The value a checked file's schema gives. */
export type CheckedValue<K extends CheckedFile> = CheckedValues[K];

/** `data/checks.json`: the hash of each checked file as the build wrote and validated it. */
export const CHECKS_FILE = 'checks.json';
export interface ChecksFile {
  files: Partial<Record<CheckedFile, string>>;
}
