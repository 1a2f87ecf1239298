import type { CountyFeature } from '../../core/layout/context.ts';
import { OffPageCompiler, type CompileAnswer } from './compile-offpage.ts';
import { OnPageCompiler } from './compile-onpage.ts';
import { LARGE_TEXT_CHARS } from './large-view.ts';

/** A check's result: the compiler's answer and where it ran, or the error that kept the page from checking. */
export type SpecCheck = { answer: CompileAnswer; by: 'worker' | 'page' } | { error: unknown };

/**
 * Checks the editor's text: a large one (a pasted megabyte) in the worker, a spec of ordinary size on
 * the page, where it takes a few ms, and any on the page where no worker can run. Only the latest
 * text's check is given back: one that a newer text overtook resolves null.
 */
export class SpecChecker {
  /** Checks started, one a text. */
  started = 0;
  private readonly offPage: OffPageCompiler;
  private readonly onPage: OnPageCompiler;

  /** `listed`: how many problems a check keeps (the rest are only counted). */
  constructor(base: string, counties: CountyFeature[], listed: number) {
    this.offPage = new OffPageCompiler(base, listed);
    this.onPage = new OnPageCompiler(base, counties, listed);
  }

  /** Ends the checks (the editor is gone): one under way comes back null. */
  close(): void {
    this.started++;
    this.offPage.close();
  }

  async check(text: string): Promise<SpecCheck | null> {
    const run = ++this.started;
    const outcome = text.length > LARGE_TEXT_CHARS ? await this.offPage.check(text) : 'no-worker';
    if (run !== this.started || outcome === 'stale') return null; // a newer text is being checked
    if (outcome !== 'no-worker') return { answer: outcome, by: 'worker' };
    const checked = await this.onPage.check(text, run);
    if (run !== this.started) return null;
    return 'error' in checked ? checked : { answer: checked, by: 'page' };
  }
}
