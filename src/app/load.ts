import type { z } from '../core/schema/zod.ts';
import { CHECKED_FILES, CHECKS_FILE, type CheckedFile, type CheckedValue, type ChecksFile } from '../core/schema/data-files.ts';
import { textHash } from '../core/text-hash.ts';
import { fetchText, parseJsonText, validate } from './data-error.ts';

/** URL of a data file relative to the page, so the app works under any sub-path. */
export const dataUrl = (name: string, base: string) => new URL(`data/${name}`, base).href;

/** Fetches a data file's text; errors (DataFileError) name the file. The one place the app fetches its data. */
export const loadText = (name: string, base: string): Promise<string> => fetchText(`data/${name}`, dataUrl(name, base));

/** Fetches and parses a JSON data file; errors (DataFileError) name the file and the line and column. */
export async function loadJsonText(name: string, base: string): Promise<unknown> {
  return parseJsonText(`data/${name}`, await loadText(name, base));
}

/**
 * Fetches a JSON data file and validates it; errors (DataFileError) name the file and the path inside
 * it. Give the schema as a function that imports it when the schema is not wanted on the first view's load.
 */
export async function loadJson<T>(name: string, schema: z.ZodType<T> | (() => Promise<z.ZodType<T>>), base: string): Promise<T> {
  const [value, checker] = await Promise.all([loadJsonText(name, base), typeof schema === 'function' ? schema() : schema]);
  return validate(`data/${name}`, checker, value);
}

/**
 * The hashes of the files the build validated (data/checks.json). When it is missing or unreadable
 * every checked file is validated, as if each had changed: nothing is lost but a little time.
 */
export async function loadChecks(base: string): Promise<ChecksFile['files']> {
  try {
    const checks = JSON.parse(await loadText(CHECKS_FILE, base)) as Partial<ChecksFile> | null;
    return checks && typeof checks.files === 'object' && checks.files !== null ? checks.files : {};
  } catch {
    return {};
  }
}

/**
 * Whether `text` is the file the build validated. A file that is not (edited, cut short, from
 * another build) gets the full check, whose errors name the file and the path inside it.
 */
export const asBuilt = (checks: ChecksFile['files'], name: CheckedFile, text: string): boolean => checks[name] === textHash(text);

/** Validates `value` with the schema of `name` (loaded now: zod is not part of the first view). */
export async function validateChecked<K extends CheckedFile>(name: K, value: unknown): Promise<CheckedValue<K>> {
  const schema: z.ZodType<CheckedValue<K>> = await CHECKED_FILES[name]();
  return validate(`data/${name}`, schema, value);
}

/** Fetches a checked JSON data file: as it is when the build validated this very text, else validated now. */
export async function loadChecked<K extends CheckedFile>(name: K, base: string, checks: Promise<ChecksFile['files']>): Promise<CheckedValue<K>> {
  const text = await loadText(name, base);
  const value = await parseJsonText(`data/${name}`, text);
  if (asBuilt(await checks, name, text)) return value as CheckedValue<K>;
  return validateChecked(name, value);
}
