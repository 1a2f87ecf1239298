import type { z } from '../core/schema/zod.ts';
import { fetchText, parseJsonText, validate } from './data-error.ts';

/** URL of a data file relative to the page, so the app works under any sub-path. */
export const dataUrl = (name: string, base: string) => new URL(`data/${name}`, base).href;

/** Fetches a data file's text; errors (DataFileError) name the file. The one place the app fetches its data. */
export const loadText = (name: string, base: string): Promise<string> => fetchText(`data/${name}`, dataUrl(name, base));

/** Fetches and parses a JSON data file; errors (DataFileError) name the file and the line and column. */
export async function loadJsonText(name: string, base: string): Promise<unknown> {
  return parseJsonText(`data/${name}`, await loadText(name, base));
}

/** Fetches a JSON data file and validates it; errors (DataFileError) name the file and the path inside it. */
export async function loadJson<T>(name: string, schema: z.ZodType<T>, base: string): Promise<T> {
  return validate(`data/${name}`, schema, await loadJsonText(name, base));
}
