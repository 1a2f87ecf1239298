import type { z } from './zod.ts';

/** Formats a zod error as `file › path › message` lines, the form every loader reports. */
export function formatIssues(file: string, error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const path = issue.path
        .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
        .join('');
      return `${file} › ${path || '(root)'} › ${issue.message}`;
    })
    .join('\n');
}

/** Parses `value` with `schema` or throws an Error naming the file and the path of each problem. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, file: string): T {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(formatIssues(file, result.error));
  return result.data;
}
