import { compileSpecText, countyLookup, layoutContext, type LayoutContext } from '../../core/layout/index.ts';
import type { CountyFeature } from '../../core/layout/context.ts';
import { GazetteerSchema } from '../../core/schema/gazetteer.ts';
import { loadJson } from '../load.ts';
import type { CompileAnswer } from './compile-offpage.ts';

/**
 * The layout context for the page's counties: the gazetteer is loaded at the first check of any
 * editor and kept, so an editor made again (in another language) does not load and check it again.
 * Not kept on failure: the next check tries again.
 */
const contexts = new WeakMap<CountyFeature[], Promise<LayoutContext>>();

function contextFor(base: string, counties: CountyFeature[]): Promise<LayoutContext> {
  let context = contexts.get(counties);
  if (!context) {
    context = loadJson('gazetteer.json', GazetteerSchema, base).then((gazetteer) => layoutContext(gazetteer, countyLookup(counties)));
    context.catch(() => contexts.delete(counties));
    contexts.set(counties, context);
  }
  return context;
}

/**
 * Checks a spec on the page (a spec of ordinary size takes a few ms; also any where no worker can
 * start): the gazetteer is loaded at the first check and kept, the counties are the map's.
 */
export class OnPageCompiler {
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
      context = await contextFor(this.base, this.counties);
    } catch (error) {
      return { error };
    }
    const { features, problems } = compileSpecText(text, context);
    return { id, features, problems: problems.slice(0, this.listed), total: problems.length };
  }
}
