import type { z } from '../core/schema/zod.ts';
import { parseOrThrow } from '../core/schema/issues.ts';

/** URL of a data file relative to the page, so the app works under any sub-path. */
export const dataUrl = (name: string, base: string) => new URL(`data/${name}`, base).href;

/** Fetches a JSON data file and validates it; errors name the file and the path inside it. */
export async function loadJson<T>(name: string, schema: z.ZodType<T>, base: string): Promise<T> {
  const url = dataUrl(name, base);
  const response = await fetch(url);
  if (!response.ok) throw new Error(`data/${name} › HTTP ${response.status}`);
  let json: unknown;
  try {
    json = await response.json();
  } catch (error) {
    throw new Error(`data/${name} › not valid JSON (${(error as Error).message})`);
  }
  return parseOrThrow(schema, json, `data/${name}`);
}
