import type { z } from '../core/schema/zod.ts';
import { fetchText, parseJsonText, validate } from './data-error.ts';

/** URL of a data file relative to the page, so the app works under any sub-path. */
export const dataUrl = (name: string, base: string) => new URL(`data/${name}`, base).href;

/** Fetches and parses a JSON data file; errors (DataFileError) name the file and the line and column. */
export async function loadJsonText(name: string, base: string): Promise<unknown> {
  const file = `data/${name}`;
  return await parseJsonText(file, await fetchText(file, dataUrl(name, base)));
}

/** Fetches a JSON data file and validates it; errors (DataFileError) name the file and the path inside it. */
export async function loadJson<T>(name: string, schema: z.ZodType<T>, base: string): Promise<T> {
  return validate(`data/${name}`, schema, await loadJsonText(name, base));
}
