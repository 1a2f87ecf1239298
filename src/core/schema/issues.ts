import type { z } from './zod.ts';

/** A zod issue's path as the loaders write it: `parts[2].elements[1].radiusKm`, `(root)` for none. */
export const issuePath = (path: readonly PropertyKey[]): string =>
  path.map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`)).join('') || '(root)';

/** Formats a zod error as `file › path › message` lines, the form every loader reports. */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues.map((issue) => `${file} › ${issuePath(issue.path)} › ${issue.message}`).join('\n');
}

/** Parses `value` with `schema` or throws an Error naming the file and the path of each problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(formatIssues(file, result.error));
  return result.data;
}
