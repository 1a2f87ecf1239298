import { z } from './zod.ts';
import { formatIssues } from './issues.ts';

/** Limits of a story file (data/stories/<id>.json). */
export const STORY_LIMITS = {
  /** Longest caption, characters per language: what a room reads while a slide is up. */
  caption: 200,
  /** Longest story or slide title, characters per language: one line in presentation type. */
  title: 40,
  /** Most slides in one story. */
  slides: 30,
} as const;

/** Ids as the URL takes them (src/core/url-state.ts). */
const Id = z.string().regex(/^[a-z0-9][a-z0-9_-]{0,63}$/, { error: 'not an id (lowercase letters, digits, - and _)' });
const text = (max: number) => z.string().trim().min(1).max(max);
const Bilingual = (max: number) => z.strictObject({ zh: text(max), en: text(max) });

export const StoryCameraSchema = z.strictObject({
  /** [longitude, latitude], WGS84 degrees. */
  center: z.tuple([z.number().min(-180).max(180), z.number().min(-85).max(85)]),
  zoom: z.number().min(0).max(22),
  /** Degrees clockwise from north. @default 0 */
  bearing: z.number().min(-180).max(180).optional(),
  /** Degrees from vertical. @default 0 */
  pitch: z.number().min(0).max(85).optional(),
});

/** The layers of a slide: view-state keys (url-state.ts). A key left out is cleared while the slide shows. */
export const SlideLayersSchema = z.strictObject({
  /** Measure id (src/core/thematic/measures.ts). */
  indicator: Id.optional(),
  /** Year of a measure chosen by year; needs `indicator`. */
  year: z.number().int().min(1949).max(2100).optional(),
  /** Layout id (data/layouts/<id>.json). */
  layout: Id.optional(),
  /** The part of `layout` the slide speaks of, as the spec names it (“三带贯通”): drawn at full strength, the rest muted. */
  part: z.string().regex(/^(?=.*\p{L})[\p{L}\p{N}·、-]{1,24}$/u, { error: 'not a part name (the `part` of a layout spec)' }).optional(),
  /** Gazetteer id of the pilot to select. */
  pilot: Id.optional(),
  classes: z.number().int().min(3).max(9).optional(),
  /** No 'manual': a slide carries no breaks. */
  method: z.enum(['quantile', 'equal', 'jenks']).optional(),
  agg: z.literal('province').optional(),
});

/** Where a caption's statement stands in the corpus. */
export const SlideSourceSchema = z.strictObject({
  /** Manifest id (data/sources/manifest.json). */
  doc: Id,
  /** 1-based line of the file. */
  line: z.number().int().positive(),
  /** Words of that line the caption rests on, as written (the source viewer marks them). */
  quote: z.string().min(1).optional(),
});

export const SlideSchema = z.strictObject({
  title: Bilingual(STORY_LIMITS.title),
  caption: Bilingual(STORY_LIMITS.caption),
  camera: StoryCameraSchema,
  state: SlideLayersSchema.optional(),
  /** Gazetteer ids of the pilots the slide is about; a single one is selected on the map. */
  highlight: z.array(Id).min(1).optional(),
  source: SlideSourceSchema.optional(),
});

export const StorySchema = z.strictObject({
  id: Id,
  title: Bilingual(STORY_LIMITS.title),
  slides: z.array(SlideSchema).min(1).max(STORY_LIMITS.slides),
});

/** public/data/stories/index.json: what the story picker lists. */
export const StoryIndexSchema = z.strictObject({
  stories: z.array(z.strictObject({ id: Id, title: Bilingual(STORY_LIMITS.title), slides: z.number().int().positive() })),
});

export type StoryCamera = z.infer<typeof StoryCameraSchema>;
export type SlideLayers = z.infer<typeof SlideLayersSchema>;
export type SlideSource = z.infer<typeof SlideSourceSchema>;
export type Slide = z.infer<typeof SlideSchema>;
export type Story = z.infer<typeof StorySchema>;
export type StoryIndex = z.infer<typeof StoryIndexSchema>;
export type StoryIndexEntry = StoryIndex['stories'][number];

/** The ids a story may name, from the gazetteer, data/layouts, the measures and the manifest. */
export interface KnownIds {
  pilots: ReadonlySet<string>;
  layouts: ReadonlySet<string>;
  measures: ReadonlySet<string>;
  docs: ReadonlySet<string>;
  /** The parts of each layout by layout id; without it a slide's part is not checked against the layout. */
  parts?: ReadonlyMap<string, ReadonlySet<string>>;
}

/** The parts of each layout, by layout id, from compiled layout features (`{layout, part}` properties). */
export function layoutParts(features: readonly { properties: unknown }[]): Map<string, Set<string>> {
  const parts = new Map<string, Set<string>>();
  for (const { properties } of features) {
    const { layout, part } = (properties ?? {}) as { layout?: unknown; part?: unknown };
    if (typeof layout !== 'string' || typeof part !== 'string') continue;
    if (!parts.has(layout)) parts.set(layout, new Set());
    parts.get(layout)!.add(part);
  }
  return parts;
}

export interface StoryIssue {
  path: (string | number)[];
  message: string;
}

const pathText = (path: (string | number)[]) =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? key : `.${key}`)).join('') || '(root)';

/** The known ids when they are few (measures, layouts, documents; not pilots), to help fix a typo. */
const listed = (ids: ReadonlySet<string>) => {
  const all = [...ids].sort();
  return all.length <= 24 ? ` (known: ${all.join(', ')})` : '';
};

/** Ids a structurally valid story names that the data do not have, and layers that cannot apply. */
export function storyIssues(story: Story, known: KnownIds): StoryIssue[] {
  const issues: StoryIssue[] = [];
  const check = (path: (string | number)[], kind: Exclude<keyof KnownIds, 'parts'>, noun: string, id: string | undefined) => {
    if (id !== undefined && !known[kind].has(id)) issues.push({ path, message: `unknown ${noun} "${id}"${listed(known[kind])}` });
  };
  story.slides.forEach((slide, i) => {
    const at = (...rest: (string | number)[]) => ['slides', i, ...rest];
    const s = slide.state ?? {};
    check(at('state', 'indicator'), 'measures', 'measure', s.indicator);
    check(at('state', 'layout'), 'layouts', 'layout', s.layout);
    check(at('state', 'pilot'), 'pilots', 'pilot', s.pilot);
    if (s.part !== undefined) {
      const parts = s.layout === undefined ? undefined : known.parts?.get(s.layout);
      if (s.layout === undefined) issues.push({ path: at('state', 'part'), message: `part "${s.part}" without a layout` });
      else if (parts && !parts.has(s.part)) issues.push({ path: at('state', 'part'), message: `layout "${s.layout}" has no part "${s.part}"${listed(parts)}` });
    }
    if (s.year !== undefined && s.indicator === undefined) issues.push({ path: at('state', 'year'), message: `year ${s.year} without an indicator` });
    for (const key of ['classes', 'method', 'agg'] as const)
      if (s[key] !== undefined && s.indicator === undefined) issues.push({ path: at('state', key), message: `${key} without an indicator` });
    slide.highlight?.forEach((id, j) => check(at('highlight', j), 'pilots', 'pilot', id));
    if (slide.source) check(at('source', 'doc'), 'docs', 'document', slide.source.doc);
  });
  return issues;
}

/**
 * Returns the story typed, or throws an Error with one line per problem, each naming the file,
 * the path and the problem: `data/stories/yantai.json › slides[2].state.layout › unknown layout "yantia"`.
 */
export function validateStory(json: unknown, file: string, known: KnownIds): Story {
  const parsed = StorySchema.safeParse(json);
  if (!parsed.success) throw new Error(formatIssues(file, parsed.error));
  const issues = storyIssues(parsed.data, known);
  if (issues.length > 0) throw new Error(issues.map((issue) => `${file} › ${pathText(issue.path)} › ${issue.message}`).join('\n'));
  return parsed.data;
}

/**
 * The picker's index (public/data/stories/index.json) of validated stories, in the order given.
 * Pure: the pipeline reads the files and writes the result. A repeated id throws.
 */
export function buildStoryIndex(stories: readonly Story[]): StoryIndex {
  const seen = new Set<string>();
  for (const story of stories) {
    if (seen.has(story.id)) throw new Error(`data/stories › ${story.id} › two stories have this id`);
    seen.add(story.id);
  }
  return { stories: stories.map((story) => ({ id: story.id, title: story.title, slides: story.slides.length })) };
}
