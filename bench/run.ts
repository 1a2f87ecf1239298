// `npm run bench`: Pilot Atlas against the MapLibre floor (MapLibre alone drawing the provinces) and
// an Apache ECharts peer page doing the same job, in one run: builds all three, serves them on
// localhost, drives Debian's Chromium, prints the table and the budgets, and writes
// bench/results/latest.json and latest.md. The stages are in bench/lib/; see bench/README.md.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { CHROMIUM_ARGS, launchChromium } from '../tests/browser/chromium.ts';
import { parseOptions, USAGE } from './lib/args.ts';
import { APP_SNAPSHOT, buildAll, commit, PEER_DIST, RESULTS, useBuilt } from './lib/build.ts';
import { measure } from './lib/measure.ts';
import { budgetLine, budgets, markdown, table, type Machine } from './lib/report.ts';
import { serveStatic } from './lib/serve.ts';
import { targets as targetsOf } from './lib/targets.ts';

async function main(): Promise<number> {
  const options = parseOptions(process.argv.slice(2));
  if (options.help) {
    console.log(USAGE);
    return 0;
  }
  const started = Date.now();
  const load = loadavg();
  mkdirSync(RESULTS, { recursive: true });
  if (options.skipBuild) useBuilt();
  else buildAll();

  const strip = (dir: string) => dir.replace(/\/$/, '');
  const [ours, floor, peer] = await Promise.all([serveStatic(strip(APP_SNAPSHOT)), serveStatic(strip(PEER_DIST('maplibre-floor'))), serveStatic(strip(PEER_DIST('echarts')))]);
  const browser = await launchChromium(CHROMIUM_ARGS);
  let machine: Machine;
  let results: Awaited<ReturnType<typeof measure>>;
  try {
    const probe = await browser.newPage();
    const webgl = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
    await probe.close();
    const cpu = cpus();
    machine = {
      date: new Date().toISOString(),
      commit: commit(),
      node: process.version,
      chromium: browser.version(),
      webgl,
      cpus: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
      memoryGB: Math.round(totalmem() / 2 ** 30),
      load,
      runs: options.runs,
      only: [...options.only],
    };
    console.log(`Chromium ${machine.chromium}, WebGL: ${webgl}; ${options.runs} runs; load average ${load.map((x) => x.toFixed(1)).join(' ')}; groups: ${machine.only.join(', ')}`);
    results = await measure(browser, targetsOf({ ours, floor, peer }), options.only, options.runs, APP_SNAPSHOT, console.log);
  } finally {
    await browser.close();
    await Promise.all([ours.close(), floor.close(), peer.close()]);
  }

  const checks = budgets(results);
  const name = options.full ? 'latest' : 'partial';
  writeFileSync(new URL(`${name}.json`, RESULTS), `${JSON.stringify({ machine, budgets: checks, ...results }, null, 2)}\n`);
  writeFileSync(new URL(`${name}.md`, RESULTS), markdown(results, checks, machine));
  console.log(`\n${table(results, options.runs)}\n`);
  for (const b of checks) console.log(budgetLine(b));
  for (const t of Object.values(results.targets)) {
    if (t.offsiteRequests.length) console.log(`WARNING: ${t.name} requested off-site URLs: ${t.offsiteRequests.join(', ')}`);
    if (t.errors.length) console.log(`WARNING: ${t.name} page errors:\n  ${t.errors.join('\n  ')}`);
    const f = t.panZoomNational;
    if (f && !(f.panned && f.zoomed)) console.log(`WARNING: ${t.name}: the pan/zoom script did not ${f.panned ? 'zoom' : 'pan'} the view; its frame times mean little`);
  }
  console.log(`\nwrote bench/results/${name}.json and ${name}.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  return options.strict && checks.some((b) => b.met === false) ? 1 : 0;
}

main().then(
  (code) => void (process.exitCode = code),
  (error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(2);
  },
);
