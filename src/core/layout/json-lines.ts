import { parseTree, printParseErrorCode, type ParseError } from 'jsonc-parser';

/**
 * Lines of a text: built once in one pass, then any offset's line is a binary search. (Counting
 * newlines from the start for every error made 10,000 errors quadratic.)
 */
export class LineIndex {
  /** Offsets where lines start; starts[0] = 0. */
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  /** Number of lines. */
  get count(): number {
    return this.starts.length;
  }

  /** Offset where a 1-based line starts (the text's length past the last line). */
  startOf(line: number): number {
    return this.starts[Math.min(Math.max(line, 1), this.starts.length) - 1]!;
  }

  /** 1-based line of a character offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** 1-based line of a character offset. */
export function lineOfOffset(text: string, offset: number): number {
  return new LineIndex(text.slice(0, offset)).count;
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

/**
 * The deepest nesting of `[` and `{` in a JSON text (strings skipped) and the offset where it is
 * first reached, in one pass without recursion. The parsers recurse per level: a text nested
 * 100,000 deep overflows the stack, so deep texts are refused before parsing.
 */
export function nestingDepth(text: string): { depth: number; offset: number } {
  let depth = 0;
  let max = 0;
  let offset = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34 /* " */) {
      for (i++; i < text.length; i++) {
        const s = text.charCodeAt(i);
        if (s === 92 /* \ */) i++;
        else if (s === 34 || s === 10) break;
      }
    } else if (c === 91 /* [ */ || c === 123 /* { */) {
      if (++depth > max) {
        max = depth;
        offset = i;
      }
    } else if (c === 93 /* ] */ || c === 125 /* } */) depth = Math.max(0, depth - 1);
  }
  return { depth: max, offset };
}

/** A node of the paths asked for: where its value stands, once found. */
interface Trie {
  next: Map<string | number, Trie>;
  at?: number;
}

/**
 * The offsets where the values at `paths` stand in a valid JSON `text`, from one scan of the text:
 * the paths are merged into a tree and the scan descends only into the values on it, skipping the
 * rest by counting brackets. Per path, the offset of its deepest part that exists: for a value inside
 * an object the offset of its key (`"place": …`), for a non-empty object that of its first key, for
 * an array item its own. The caller makes sure the nesting is shallow (nestingDepth).
 */
function pathOffsets(text: string, paths: readonly (string | number)[][]): (number | undefined)[] {
  const root: Trie = { next: new Map() };
  for (const keys of paths) {
    let node = root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) node.next.set(key, (child = { next: new Map() }));
      node = child;
    }
  }
  const n = text.length;
  let i = 0;
  const ws = () => {
    while (i < n && text.charCodeAt(i) <= 32) i++;
  };
  const skipString = () => {
    for (i++; i < n; i++) {
      const c = text.charCodeAt(i);
      if (c === 92 /* \ */) i++;
      else if (c === 34 /* " */) break;
    }
    i++;
  };
  const skipValue = () => {
    const c = text.charCodeAt(i);
    if (c === 34) return skipString();
    if (c === 91 || c === 123) {
      let depth = 0;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (d === 34) {
          skipString();
          continue;
        }
        if (d === 91 || d === 123) depth++;
        else if (d === 93 || d === 125) depth--;
        i++;
        if (depth === 0) return;
      }
      return;
    }
    // A number, true, false or null.
    while (i < n) {
      const d = text.charCodeAt(i);
      if (d === 44 || d === 93 || d === 125 || d <= 32) return;
      i++;
    }
  };
  const value = (trie: Trie | undefined, keyAt: number | undefined): void => {
    ws();
    if (!trie) return skipValue();
    const start = i;
    const c = text.charCodeAt(i);
    if (c === 123 /* { */) {
      i++;
      ws();
      trie.at = text.charCodeAt(i) === 34 ? i : (keyAt ?? start);
      while (i < n && text.charCodeAt(i) === 34) {
        const keyStart = i;
        skipString();
        const raw = text.slice(keyStart + 1, i - 1);
        const key = raw.includes('\\') ? (JSON.parse(text.slice(keyStart, i)) as string) : raw;
        ws();
        i++; // :
        value(trie.next.get(key), keyStart);
        ws();
        if (text.charCodeAt(i) === 44 /* , */) {
          i++;
          ws();
        }
      }
      i++; // }
      return;
    }
    trie.at = keyAt ?? start;
    if (c !== 91 /* [ */) return skipValue();
    i++;
    ws();
    for (let index = 0; i < n && text.charCodeAt(i) !== 93; index++) {
      value(trie.next.get(index), undefined);
      ws();
      if (text.charCodeAt(i) === 44) i++;
      ws();
    }
    i++; // ]
  };
  value(root, undefined);
  return paths.map((keys) => {
    let node: Trie | undefined = root;
    let at = root.at;
    for (const key of keys) {
      node = node.next.get(key);
      if (node?.at === undefined) break;
      at = node.at;
    }
    return at;
  });
}

/**
 * The lines of the values at `paths` (e.g. parts[1].elements[0].through[2]) in a valid JSON text,
 * from one scan of the text and one line index, however many paths there are. A path that does
 * not exist is put where its deepest existing ancestor is (a missing key where its object is).
 */
export function pathLines(text: string, paths: readonly string[]): number[] {
  const lines = new LineIndex(text);
  return pathOffsets(text, paths.map(pathKeys)).map((offset) => (offset === undefined ? 1 : lines.lineOf(offset)));
}

/** The JSON's syntax errors with their lines (none for valid JSON). The caller checks nestingDepth first on untrusted text. */
export function syntaxErrors(text: string): JsonSyntaxError[] {
  const errors: ParseError[] = [];
  parseTree(text, errors, { allowTrailingComma: false, disallowComments: true });
  const lines = new LineIndex(text);
  return errors.map((e) => ({ line: lines.lineOf(e.offset), message: printParseErrorCode(e.error) }));
}

/** The line where the value at `path` stands in a valid JSON `text` (see pathLines). */
export function lineOfPath(text: string, path: string): number {
  return pathLines(text, [path])[0]!;
}
