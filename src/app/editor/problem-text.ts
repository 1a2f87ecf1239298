import { MAX_SPEC_DEPTH, syntaxText, type SpecProblem } from '../../core/layout/spec-text.ts';
import type { Lang } from '../../core/url-state.ts';
import { t } from '../i18n.ts';

/**
 * A problem of a spec as the editor lists it, in the page's language: its own words for a text it
 * could not check, the JSON scanner's error in words, else the path and the compiler's message
 * (Chinese `zh` or English `message`, with the same names and numbers).
 */
export function specProblemText(p: SpecProblem, lang: Lang): string {
  if (p.code === 'too-deep') return t(lang, 'editorTooDeep').replace('{depth}', String(p.depth)).replace('{max}', String(MAX_SPEC_DEPTH));
  if (p.code === 'failure') return `${t(lang, 'editorFailure')}: ${p.message}`;
  if (p.code === 'syntax') return syntaxText(p.message, lang);
  const message = lang === 'zh' ? p.zh : p.message;
  return p.path ? `${p.path} › ${message}` : message;
}
