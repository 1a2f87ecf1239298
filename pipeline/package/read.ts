/** A package file read and checked against the package's schema: the package, or every problem naming the file and the place. */
import { DocumentPackageSchema, type DocumentPackage } from '../../src/core/document/package-schema.ts';
import { issuePath } from '../../src/core/schema/issues.ts';

/** JSON.parse with the line and column of a syntax error. */
function parseJson(text: string, where: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const at = /position (\d+)/.exec(message);
    const place = at ? (() => {
      const before = text.slice(0, Number(at[1]));
      const line = before.split('\n').length;
      return `line ${line}, column ${before.length - before.lastIndexOf('\n')}`;
    })() : '(root)';
    throw new Error(`${where} › ${place} › 不是有效的 JSON / not valid JSON: ${message}`);
  }
}

export function readPackage(text: string, where: string): { pkg: DocumentPackage } | { problems: string[] } {
  let json: unknown;
  try {
    json = parseJson(text, where);
  } catch (error) {
    return { problems: [(error as Error).message] };
  }
  const parsed = DocumentPackageSchema.safeParse(json);
  if (parsed.success) return { pkg: parsed.data };
  return {
    problems: parsed.error.issues.map((issue) => `${where} › ${issuePath(issue.path)} › 不符合数据包格式 / not as a package has it: ${issue.message}`),
  };
}
