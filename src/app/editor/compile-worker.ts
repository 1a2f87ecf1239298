// The layout editor's check, off the page's main thread: the spec's text is checked and compiled
// here (a megabyte with 10,000 errors takes a few hundred ms), with the gazetteer and the county
// polygons the worker loads itself once, as the page would (their errors name the file and place).
// Answers each request with what the editor shows: the features, the first problems and their count.
import type { Topology } from 'topojson-specification';
import { assertChinaTopology, countyFeatures } from '../../core/china-topology.ts';
import { compileSpecText, countyLookup, layoutContext, type LayoutContext } from '../../core/layout/index.ts';
import { GazetteerSchema } from '../../core/schema/gazetteer.ts';
import { asDataFileError, describeError } from '../data-error.ts';
import { loadJson, loadJsonText } from '../load.ts';
import type { CompileAnswer, CompileRequest } from './compile-offpage.ts';

let context: Promise<LayoutContext> | null = null;

async function load(base: string): Promise<LayoutContext> {
  const [gazetteer, topology] = await Promise.all([loadJson('gazetteer.json', GazetteerSchema, base), loadJsonText('china-counties.topo.json', base)]);
  try {
    assertChinaTopology(topology as Topology, 'data/china-counties.topo.json', ['counties']);
    const counties = countyFeatures(topology as Parameters<typeof countyFeatures>[0]);
    return layoutContext(gazetteer, countyLookup(counties.features));
  } catch (error) {
    throw asDataFileError(error);
  }
}

addEventListener('message', async (event: MessageEvent<CompileRequest>) => {
  const { id, text, base, listed } = event.data;
  let ctx: LayoutContext;
  try {
    ctx = await (context ??= load(base));
  } catch (error) {
    context = null; // the next request tries again
    postMessage({ id, broken: { zh: describeError(error, 'zh'), en: describeError(error, 'en') } } satisfies CompileAnswer);
    return;
  }
  const { features, problems } = compileSpecText(text, ctx);
  // Only the problems the list shows cross to the page; the others are counted.
  postMessage({ id, features, problems: problems.slice(0, listed), total: problems.length } satisfies CompileAnswer);
});
