import { compileSpecText, countyLookup, layoutContext, type LayoutContext } from '../../core/layout/index.ts';
import type { CountyFeature } from '../../core/layout/context.ts';
import { GazetteerSchema } from '../../core/schema/gazetteer.ts';
import { loadJson } from '../load.ts';
import type { CompileAnswer } from './compile-offpage.ts';

/**
 * Checks a spec on the page (a spec of ordinary size takes a few ms; also any where no worker can
 * start): the gazetteer is loaded at the first check and kept, the counties are the map's.
 */
export class OnPageCompiler {
  private ctx: LayoutContext | null = null;

  constructor(
    private readonly base: string,
    private readonly counties: CountyFeature[],
    /** How many problems to keep (the rest are only counted). */
    private readonly listed: number,
  ) {}

  /** The answer for `text` (`id` carried in it), or the error that kept the gazetteer from loading. */
  async check(text: string, id: number): Promise<CompileAnswer | { error: unknown }> {
    let context: LayoutContext;
    try {
      context = await this.context();
    } catch (error) {
      return { error };
    }
    const { features, problems } = compileSpecText(text, context);
    return { id, features, problems: problems.slice(0, this.listed), total: problems.length };
  }

  private async context(): Promise<LayoutContext> {
    if (!this.ctx) {
      // Not kept on failure: the next check tries again.
      const gazetteer = await loadJson('gazetteer.json', GazetteerSchema, this.base);
      this.ctx = layoutContext(gazetteer, countyLookup(this.counties));
    }
    return this.ctx;
  }
}
