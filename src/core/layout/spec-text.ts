import { compileLayout } from './compile.ts';
import type { LayoutContext } from './context.ts';
import type { LayoutErrorCode } from './errors.ts';
import type { LayoutFeature } from './features.ts';
import { LineIndex, nestingDepth, pathLines, syntaxErrors } from './json-lines.ts';
import type { Lang } from '../url-state.ts';

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
  /** In English: for 'syntax' the JSON scanner's code (see syntaxText), else the compiler's message. */
  message: string;
  /** The same in Chinese, with the same names and numbers. */
  zh: string;
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
      return {
        features: [],
        problems: [{ line, code: 'too-deep', path: '', message: `nested ${depth} levels deep (at most ${MAX_SPEC_DEPTH})`, zh: `嵌套 ${depth} 层（最多 ${MAX_SPEC_DEPTH} 层）`, depth }],
      };
    }
    let spec: unknown;
    try {
      spec = JSON.parse(text);
    } catch (e) {
      // Not JSON: the tolerant parser finds every syntax error and its place.
      const syntax = syntaxErrors(text);
      if (syntax.length === 0) syntax.push({ line: 1, message: e instanceof Error ? e.message : String(e) });
      return { features: [], problems: syntax.map((s) => ({ line: s.line, code: 'syntax', path: '', message: s.message, zh: syntaxText(s.message, 'zh') })) };
    }
    const result = compileLayout(spec, ctx, 'editor');
    const lines = pathLines(text, result.errors.map((e) => e.path));
    const problems: SpecProblem[] = result.errors.map((e, i) => ({ line: lines[i]!, code: e.code, path: e.path, message: e.message, zh: e.zh }));
    // Stable: errors on one line keep the compiler's order.
    problems.sort((a, b) => a.line - b.line);
    return { features: result.features, problems };
  } catch (e) {
    const message = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
    return { features: [], problems: [{ line: 1, code: 'failure', path: '', message, zh: message }] };
  }
}

/** The JSON scanner's error codes (a 'syntax' problem's message) in words, Chinese and English. */
const SYNTAX_WORDS: Record<string, Record<Lang, string>> = {
  InvalidSymbol: { zh: '此处有无效的符号', en: 'an invalid symbol here' },
  InvalidNumberFormat: { zh: '数字格式无效', en: 'a number in an invalid form' },
  PropertyNameExpected: { zh: '此处应为带双引号的属性名（最后一项后不能有逗号）', en: 'a property name in double quotes is expected here (no comma after the last item)' },
  ValueExpected: { zh: '此处应为一个值（最后一项后不能有逗号）', en: 'a value is expected here (no comma after the last item)' },
  ColonExpected: { zh: '此处应为冒号 :', en: 'a colon (:) is expected here' },
  CommaExpected: { zh: '此处应为逗号 ,', en: 'a comma (,) is expected here' },
  CloseBraceExpected: { zh: '此处应为 }', en: 'a closing } is expected here' },
  CloseBracketExpected: { zh: '此处应为 ]', en: 'a closing ] is expected here' },
  EndOfFileExpected: { zh: '此后不应再有内容', en: 'nothing more is expected after this' },
  InvalidCommentToken: { zh: 'JSON 中不能有注释', en: 'JSON allows no comments' },
  UnexpectedEndOfComment: { zh: '注释没有结束', en: 'a comment never ends' },
  UnexpectedEndOfString: { zh: '字符串没有结束（缺少 "）', en: 'a string never ends (a " is missing)' },
  UnexpectedEndOfNumber: { zh: '数字不完整', en: 'a number ends too soon' },
  InvalidUnicode: { zh: '无效的 \\u 转义', en: 'an invalid \\u escape' },
  InvalidEscapeCharacter: { zh: '无效的转义字符', en: 'an invalid escape character' },
  InvalidCharacter: { zh: '无效的字符', en: 'an invalid character' },
};

/** A 'syntax' problem in the reader's language ("JSON 中不能有注释"), or its message as it is when the code is not one of the scanner's. */
export const syntaxText = (message: string, lang: Lang): string => (Object.hasOwn(SYNTAX_WORDS, message) ? SYNTAX_WORDS[message]![lang] : message);
