import { compileLayout } from './compile.ts';
import type { LayoutContext } from './context.ts';
import type { LayoutErrorCode } from './errors.ts';
import type { LayoutFeature } from './features.ts';
import { LineIndex, nestingDepth, pathLines, syntaxErrors } from './json-lines.ts';

/** How deep `[` and `{` may nest in a spec (a real one nests 7 levels). */
export const MAX_SPEC_DEPTH = 64;

/** One problem of a spec text, at its 1-based line. */
export interface SpecProblem {
  line: number;
  /**
   * 'syntax': not JSON; 'too-deep': nested beyond MAX_SPEC_DEPTH (nothing else is checked);
   * 'failure': the checker itself failed; otherwise the compiler's code.
   */
  code: 'syntax' | 'too-deep' | 'failure' | LayoutErrorCode;
  /** Path in the spec ('' when none), e.g. parts[1].elements[0].through[2]. */
  path: string;
  message: string;
  /** For 'too-deep': how deep the text nests. */
  depth?: number;
}

export interface SpecTextResult {
  /** Features of every element that compiled. */
  features: LayoutFeature[];
  /** Every problem, sorted by line. */
  problems: SpecProblem[];
}

/**
 * Checks and compiles a spec as the editor holds it (a JSON text): refuses a text nested too deep,
 * parses it once, reports syntax errors at their lines, else compiles it and puts each compiler
 * error at the line of its path, all from one scan of the text. Never throws.
 */
export function compileSpecText(text: string, ctx: LayoutContext): SpecTextResult {
  try {
    const { depth, offset } = nestingDepth(text);
    if (depth > MAX_SPEC_DEPTH) {
      const line = new LineIndex(text).lineOf(offset);
      return { features: [], problems: [{ line, code: 'too-deep', path: '', message: `nested ${depth} levels deep (at most ${MAX_SPEC_DEPTH})`, depth }] };
    }
    let spec: unknown;
    try {
      spec = JSON.parse(text);
    } catch (e) {
      // Not JSON: the tolerant parser finds every syntax error and its place.
      const syntax = syntaxErrors(text);
      if (syntax.length === 0) syntax.push({ line: 1, message: e instanceof Error ? e.message : String(e) });
      return { features: [], problems: syntax.map((s) => ({ line: s.line, code: 'syntax', path: '', message: s.message })) };
    }
    const result = compileLayout(spec, ctx, 'editor');
    const lines = pathLines(text, result.errors.map((e) => e.path));
    const problems: SpecProblem[] = result.errors.map((e, i) => ({ line: lines[i]!, code: e.code, path: e.path, message: e.message }));
    // Stable: errors on one line keep the compiler's order.
    problems.sort((a, b) => a.line - b.line);
    return { features: result.features, problems };
  } catch (e) {
    return { features: [], problems: [{ line: 1, code: 'failure', path: '', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }] };
  }
}
