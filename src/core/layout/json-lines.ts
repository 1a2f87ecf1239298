import { findNodeAtLocation, parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Splits `parts[1].elements[3].members[0]` into ['parts', 1, 'elements', 3, 'members', 0]. */
export function pathKeys(path: string): (string | number)[] {
  const keys: (string | number)[] = [];
  for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) keys.push(m[2] !== undefined ? Number(m[2]) : m[1]!);
  return keys;
}

export interface JsonSyntaxError {
  line: number;
  message: string;
}

/** The JSON's syntax errors with their lines (none for valid JSON). */
export function syntaxErrors(text: string): JsonSyntaxError[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  return errors.map((e) => ({ line: lineOfOffset(text, e.offset), message: printParseErrorCode(e.error) }));
}

/**
 * The line where the value at `path` stands in `text` (an object's first key), or the line of its
 * deepest ancestor that exists (a missing key is reported where its object is). 1 when nothing matches.
 */
export function lineOfPath(text: string, path: string): number {
  const root = parseTree(text);
  if (!root) return 1;
  const keys = pathKeys(path);
  for (let n = keys.length; n >= 0; n--) {
    const node = findNodeAtLocation(root, keys.slice(0, n));
    if (!node) continue;
    // An object is reported at its first key (`"place": "…"`), not at its opening brace.
    const at = node.type === 'object' && node.children?.[0] ? node.children[0] : node.parent?.type === 'property' ? node.parent : node;
    return lineOfOffset(text, at.offset);
  }
  return 1;
}
