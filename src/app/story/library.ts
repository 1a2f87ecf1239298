/**
 * Where the player's stories come from: given to it, or data/stories/index.json and
 * data/stories/<id>.json (written by the pipeline), each validated on arrival and fetched once.
 */
import type { Lang } from '../../core/url-state.ts';
import type { Story, StoryIndexEntry } from '../../core/schema/story.ts';
import type { ChecksFile } from '../../core/schema/data-files.ts';
import type { SourceDocument } from '../../core/schema/manifest.ts';
import { loadChecked, loadChecks, loadJson } from '../load.ts';
import { DataFileError } from '../data-error.ts';

// The schemas (and zod) load with the first file they check, not with the page.
const schemas = () => import('../../core/schema/story.ts');

export type DocTitles = ReadonlyMap<string, Record<Lang, string>>;

/** What the page has already loaded: the build's hashes (data/checks.json) and the corpus's documents (data/sources.json). */
export interface LoadedData {
  checks: ChecksFile['files'];
  documents: readonly SourceDocument[];
}

const titlesOf = (documents: readonly SourceDocument[]): DocTitles => new Map(documents.map((d) => [d.id, { zh: d.title, en: d.titleEn }]));

/** A story id the index does not list. */
export class UnknownStoryError extends Error {
  constructor(
    readonly id: string,
    known: readonly string[],
  ) {
    super(`data/stories › unknown story "${id}" (known: ${known.join(', ')})`);
  }
}

export class StoryLibrary {
  private entries: Promise<StoryIndexEntry[]> | null = null;
  private readonly stories = new Map<string, Promise<Story>>();
  private titles: Promise<DocTitles> | null = null;
  private checks: ReturnType<typeof loadChecks> | null = null;

  /** data/checks.json as the page loaded it, else fetched once for the files this library loads. */
  private builtChecks(): ReturnType<typeof loadChecks> {
    return (this.checks ??= this.loaded ? this.loaded.then((d) => d.checks, () => loadChecks(this.base)) : loadChecks(this.base));
  }

  /**
   * @param loaded the page's data once loaded: its checks and documents are not fetched again (when
   * it fails to load, the library fetches them itself).
   */
  constructor(
    private readonly base: string,
    preloaded?: readonly Story[],
    private readonly loaded?: Promise<LoadedData>,
  ) {
    if (preloaded) {
      this.entries = schemas().then(({ buildStoryIndex }) => buildStoryIndex(preloaded).stories);
      for (const story of preloaded) this.stories.set(story.id, Promise.resolve(story));
    }
  }

  /** The stories the picker lists, in the index's order. */
  index(): Promise<StoryIndexEntry[]> {
    return (this.entries ??= loadChecked('stories/index.json', this.base, this.builtChecks()).then((index) => index.stories));
  }

  /** A story by id; an id the index does not list is an error that names it. */
  story(id: string): Promise<Story> {
    let story = this.stories.get(id);
    if (!story) {
      story = this.index()
        .then((entries) => {
          if (!entries.some((e) => e.id === id)) throw new UnknownStoryError(id, entries.map((e) => e.id));
          return loadJson(`stories/${id}.json`, () => schemas().then((m) => m.StorySchema), this.base);
        })
        .then((loaded) => {
          if (loaded.id !== id) {
            throw new DataFileError(`data/stories/${id}.json`, [
              { place: { zh: 'id', en: 'id' }, problem: { zh: `写的是“${loaded.id}”，与文件名和索引不符`, en: `says "${loaded.id}", not the id of its file and of the index` } },
            ]);
          }
          return loaded;
        });
      // A failed fetch may succeed later (the network came back): do not keep the failure.
      story.catch(() => this.stories.delete(id));
      this.stories.set(id, story);
    }
    return story;
  }

  /** Titles of the corpus documents by id, for the source line; empty when sources.json is missing. */
  docTitles(): Promise<DocTitles> {
    const fetched = () => loadChecked('sources.json', this.base, this.builtChecks()).then(({ documents }) => titlesOf(documents));
    return (this.titles ??= (this.loaded ? this.loaded.then((d) => titlesOf(d.documents), fetched) : fetched()).catch(() => new Map()));
  }
}
