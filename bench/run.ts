// `npm run bench`: Pilot Atlas against an Apache ECharts peer page doing the same job (the national
// county-level map with the pilots coloured by their baseline urbanization rate, pan and zoom).
// Builds both, serves both on localhost, drives Debian's Chromium, and writes
// bench/results/latest.json and latest.md. See bench/README.md.
//
//   npm run bench                      # build, measure, report; exit 0 even when a budget is missed
//   npm run bench -- --strict          # exit 1 when a budget is missed
//   npm run bench -- --skip-build      # reuse dist/ and bench/peers/dist/ as they are
//   npm run bench -- --runs 7          # cold loads per page (default 5)
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import { launchChromium } from '../tests/browser/chromium.ts';
import { writePeerData } from './lib/peer-data.ts';
import { serveStatic, type Served, type StaticServer } from './lib/serve.ts';

// ---------------------------------------------------------------------------------------------
// Settings

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
};
const STRICT = argv.includes('--strict');
const SKIP_BUILD = argv.includes('--skip-build');
const RUNS = Math.max(1, Number(option('--runs') ?? 5));

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const RESULTS = new URL('./results/', import.meta.url);
/**
 * The app is measured from a private copy of dist/: others may rebuild dist/ while the bench runs
 * (the browser tests do), and a page must not load half of one build and half of another.
 */
const APP_SNAPSHOT = fileURLToPath(new URL('./.snapshot/app/', import.meta.url));
const VIEWPORT = { width: 1280, height: 720 };
/** 1 KB = 1024 bytes, as the data pipeline prints sizes. */
const KB = 1024;

const BUDGETS = {
  firstLoadJsGzipKB: 550,
  firstViewDataGzipKB: 400,
};

/** The page is ready and the network has been quiet this long: what it loaded is its first load. */
const QUIET_MS = 500;

// ---------------------------------------------------------------------------------------------
// Targets

interface Target {
  key: 'ours' | 'peer';
  name: string;
  server: StaticServer;
  /** Query of the national choropleth view. */
  national: string;
  /** Query of the Yantai plan overlay (ours only). */
  yantai: string | null;
  readySelector: string;
  /** The element pan and zoom act on. */
  surface: string;
  /** An expression evaluated in the page that names the current view (to check the input moved it). */
  view: string;
}

// ---------------------------------------------------------------------------------------------
// In-page helpers (run in the browser)

declare global {
  interface Window {
    __benchReadyAt?: number;
    __benchFrames?: number[];
    __benchRecording?: boolean;
  }
}

/** Records performance.now() (ms since navigation start) when <html> gets data-atlas-ready or data-peer-ready. */
const READY_PROBE = `(() => {
  const check = () => {
    const d = document.documentElement;
    if (window.__benchReadyAt === undefined && d && (d.dataset.atlasReady === 'true' || d.dataset.peerReady === 'true')) {
      window.__benchReadyAt = performance.now();
    }
  };
  new MutationObserver(check).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-atlas-ready', 'data-peer-ready'] });
})();`;

// ---------------------------------------------------------------------------------------------
// Measuring

interface FileLoad {
  path: string;
  kind: 'js' | 'data' | 'other';
  raw: number;
  gzip: number;
}

interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

interface Distribution {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  mean: number;
}

interface FrameStats extends Distribution {
  /** Wall time of the whole input script (same inputs for every page). */
  durationMs: number;
  /** Frames while dragging, and while wheeling. */
  pan: Distribution;
  zoom: Distribution;
  /** Whether the drag moved the view, and the wheel zoomed it (a check on the script, not a figure). */
  panned: boolean;
  zoomed: boolean;
}

const distribution = (deltas: number[]): Distribution => ({
  frames: deltas.length,
  p50: percentile(deltas, 50),
  p95: percentile(deltas, 95),
  max: Math.max(...deltas),
  mean: deltas.reduce((s, d) => s + d, 0) / deltas.length,
});

interface LoadResult {
  readyMs: number;
  heap: HeapUsage;
  served: Served[];
  errors: string[];
  offsite: string[];
}

const kindOf = (path: string): FileLoad['kind'] =>
  /\.m?js$/.test(path) ? 'js' : path.includes('/data/') || /\.(geo|topo\.)?json$/.test(path) ? 'data' : 'other';

function fileLoads(served: Served[]): FileLoad[] {
  return served
    .filter((s) => s.status === 200 && s.file)
    .map((s) => ({ path: s.path, kind: kindOf(s.path), raw: s.bytes, gzip: s.gzip }));
}

const sum = (files: FileLoad[], kind: FileLoad['kind']): Bytes => {
  const of = files.filter((f) => f.kind === kind);
  return { raw: of.reduce((s, f) => s + f.raw, 0), gzip: of.reduce((s, f) => s + f.gzip, 0), files: of.length };
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
};

async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page; errors: string[]; offsite: string[] }> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(READY_PROBE);
  const page = await context.newPage();
  const errors: string[] = [];
  const offsite: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => void (m.type() === 'error' && errors.push(m.text())));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol)) offsite.push(r.url());
  });
  return { context, page, errors, offsite };
}

/** Waits until the server has had no request for QUIET_MS (at most 10 s). */
async function networkQuiet(server: StaticServer) {
  const start = Date.now();
  let count = server.log.length;
  let since = Date.now();
  while (Date.now() - since < QUIET_MS && Date.now() - start < 10_000) {
    await new Promise((r) => setTimeout(r, 50));
    if (server.log.length !== count) [count, since] = [server.log.length, Date.now()];
  }
}

async function openReady(browser: Browser, target: Target, query: string) {
  const opened = await newPage(browser);
  target.server.reset();
  await opened.page.goto(target.server.url + query, { waitUntil: 'commit' });
  try {
    await opened.page.waitForSelector(target.readySelector, { state: 'attached', timeout: 120_000 });
  } catch (error) {
    throw new Error(`${target.name} (${query}) never became ready: ${(error as Error).message}\n${opened.errors.join('\n')}`);
  }
  const readyMs = await opened.page.evaluate(() => window.__benchReadyAt ?? Number.NaN);
  return { ...opened, readyMs };
}

interface HeapUsage {
  /** V8 heap of the page (main thread), bytes, after a forced GC. */
  page: number;
  /** V8 heaps of its dedicated workers (MapLibre's tile workers), bytes, after a forced GC. */
  workers: number;
}

/** JS heap in use after a full GC, in the page and in each of its workers (reached through CDP auto-attach). */
async function heapUsage(cdp: CDPSession): Promise<HeapUsage> {
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const workers: string[] = [];
  const used = new Map<string, number>();
  cdp.on('Target.attachedToTarget', (e) => void (e.targetInfo.type === 'worker' && workers.push(e.sessionId)));
  cdp.on('Target.receivedMessageFromTarget', (e) => {
    const m = JSON.parse(e.message) as { id?: number; result?: { usedSize?: number } };
    if (m.id === 2 && typeof m.result?.usedSize === 'number') used.set(e.sessionId, m.result.usedSize);
  });
  // Non-flat sessions: messages to a worker go through Target.sendMessageToTarget.
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: false, flatten: false });
  await new Promise((r) => setTimeout(r, 200));
  for (const sessionId of workers) {
    for (const [id, method] of [[1, 'HeapProfiler.collectGarbage'], [2, 'Runtime.getHeapUsage']] as const) {
      await cdp.send('Target.sendMessageToTarget', { sessionId, message: JSON.stringify({ id, method }) });
    }
  }
  for (let waited = 0; used.size < workers.length && waited < 5000; waited += 50) await new Promise((r) => setTimeout(r, 50));
  return { page: usedSize, workers: [...used.values()].reduce((a, b) => a + b, 0) };
}

/** One cold load in a fresh context (empty cache): time to ready, what it transferred, JS heap after GC. */
async function coldLoad(browser: Browser, target: Target): Promise<LoadResult> {
  const { context, page, errors, offsite, readyMs } = await openReady(browser, target, target.national);
  await networkQuiet(target.server);
  const served = [...target.server.log];
  const heap = await heapUsage(await context.newCDPSession(page));
  await context.close();
  return { readyMs, heap, served, errors, offsite };
}

/** The pan/zoom script: a 320×160 px drag in 24 moves, then 8 wheel steps. */
const DRAG = { dx: 320 / 24, dy: 160 / 24, steps: 24 };
const WHEEL = { deltaY: 150, steps: 8 };
/** Pause between phases, unrecorded: at least this long, and until the view reads as changed (≤ 3 s). */
const SETTLE_MS = 500;

/**
 * Frame times while the view is panned and zoomed with real mouse input (the same for both
 * pages): drag, wheel in, drag back, wheel out (DRAG, WHEEL) — 64 inputs, each sent after the
 * page's next animation frame. Frame time = interval between consecutive requestAnimationFrame
 * callbacks, recorded in the page from the first input to one frame after the last.
 */
async function panZoomFrames(browser: Browser, target: Target, query: string): Promise<FrameStats & { errors: string[] }> {
  const { context, page, errors } = await openReady(browser, target, query);
  await networkQuiet(target.server);
  const box = await page.locator(target.surface).boundingBox();
  if (!box) throw new Error(`${target.name}: ${target.surface} has no box`);
  const [cx, cy] = [box.x + box.width / 2, box.y + box.height / 2];
  const nextFrame = () => page.evaluate(() => new Promise<void>((r) => requestAnimationFrame(() => r())));

  await page.mouse.move(cx, cy);
  // A string, not a function: tsx would wrap a named inner function in a helper the page lacks.
  await page.evaluate(`(() => {
    window.__benchFrames = [];
    window.__benchRecording = true;
    const tick = (t) => {
      window.__benchFrames.push(t);
      if (window.__benchRecording) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  })()`);
  await nextFrame();
  await nextFrame();

  const drag = async (dx: number, dy: number, steps: number) => {
    const [x0, y0] = [cx - (dx * steps) / 2, cy - (dy * steps) / 2];
    await page.mouse.move(x0, y0);
    await page.mouse.down();
    for (let i = 1; i <= steps; i++) {
      await page.mouse.move(x0 + dx * i, y0 + dy * i);
      await nextFrame();
    }
    await page.mouse.up();
  };
  const wheel = async (deltaY: number, steps: number) => {
    await page.mouse.move(cx, cy);
    for (let i = 0; i < steps; i++) {
      await page.mouse.wheel(0, deltaY);
      await nextFrame();
    }
  };
  const mark = () => page.evaluate(() => window.__benchFrames!.length);
  const view = () => page.evaluate(target.view) as Promise<string>;
  const views = [await view()];
  const phases: { kind: 'pan' | 'zoom'; from: number; to: number; ms: number }[] = [];
  // Each phase runs from its first input to the frame after its last; between phases the page
  // settles (drag inertia, zoom easing) unrecorded, and the view is read to check the input moved it.
  const phase = async (kind: 'pan' | 'zoom', inputs: () => Promise<void>) => {
    const from = await mark();
    const t = Date.now();
    await inputs();
    await nextFrame();
    phases.push({ kind, from, to: await mark(), ms: Date.now() - t });
    const before = views.at(-1);
    let now = before;
    for (let waited = 0; waited < SETTLE_MS || (now === before && waited < 3000); waited += 100) {
      await page.waitForTimeout(100);
      now = await view();
    }
    views.push(now!);
  };
  await phase('pan', () => drag(DRAG.dx, DRAG.dy, DRAG.steps));
  await phase('zoom', () => wheel(-WHEEL.deltaY, WHEEL.steps));
  await phase('pan', () => drag(-DRAG.dx, -DRAG.dy, DRAG.steps));
  await phase('zoom', () => wheel(WHEEL.deltaY, WHEEL.steps));
  const stamps = await page.evaluate(() => {
    window.__benchRecording = false;
    return window.__benchFrames!;
  });
  await context.close();
  // Interval k ends at stamp k + 1; it belongs to the phase whose marks bracket that stamp.
  const deltas = (kind?: 'pan' | 'zoom') =>
    stamps
      .slice(1)
      .map((t, k) => ({ d: t - stamps[k]!, end: k + 1 }))
      .filter(({ end }) => phases.some((p) => (!kind || p.kind === kind) && end >= p.from && end < p.to))
      .map(({ d }) => d);
  return {
    ...distribution(deltas()),
    durationMs: phases.reduce((s, p) => s + p.ms, 0),
    pan: distribution(deltas('pan')),
    zoom: distribution(deltas('zoom')),
    panned: views[1] !== views[0],
    zoomed: views[2] !== views[1],
    errors,
  };
}

interface TargetResult {
  name: string;
  url: string;
  readyMs: number[];
  readyMedianMs: number;
  js: Bytes;
  data: Bytes;
  other: Bytes;
  requests: number;
  files: FileLoad[];
  /** Median over the cold loads of the page's JS heap and of its workers' (after GC), bytes. */
  heapMedian: HeapUsage;
  heap: HeapUsage[];
  panZoomNational: FrameStats;
  panZoomYantai: FrameStats | null;
  errors: string[];
  offsiteRequests: string[];
}

// ---------------------------------------------------------------------------------------------
// Building

function run(cmd: string, args: string[], log: string) {
  const started = Date.now();
  try {
    const out = execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0' } });
    writeFileSync(new URL(log, RESULTS), out);
    return { out, ms: Date.now() - started };
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (see above)`);
  }
}

function snapshotApp() {
  rmSync(APP_SNAPSHOT, { recursive: true, force: true });
  cpSync(`${ROOT}dist/`, APP_SNAPSHOT, { recursive: true });
  if (!existsSync(`${APP_SNAPSHOT}index.html`)) throw new Error('dist/ has no index.html');
}

function build() {
  const app = run('npm', ['run', 'build', '--silent'], 'build-app.log');
  snapshotApp();
  console.log(`built the app (npm run build) in ${(app.ms / 1000).toFixed(1)} s`);
  const peerData = writePeerData(new URL('data/', `file://${APP_SNAPSHOT}`), new URL('./peers/echarts/public/data/', import.meta.url));
  console.log(
    `peer data: ${peerData.counties} counties + ${peerData.pilotPolygons} pilot polygons → china-pilots.geojson ` +
      `(${(peerData.bytes['china-pilots.geojson']! / KB).toFixed(0)} KB), ${peerData.pilotPoints} pilot points`,
  );
  const peer = run('npx', ['vite', 'build', '--config', 'bench/peers/vite.config.ts'], 'build-peer.log');
  console.log(`built the ECharts peer in ${(peer.ms / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------------------------------------
// Reporting

const kb = (b: number) => (b / KB).toFixed(1);
const ms = (x: number) => x.toFixed(0);
const ms1 = (x: number) => x.toFixed(1);
const mb = (b: number) => (b / KB / KB).toFixed(1);
const ratio = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`);

function table(ours: TargetResult, peer: TargetResult): string {
  const rows: [string, number | null, number | null, (x: number) => string][] = [
    [`Time to ready, median of ${ours.readyMs.length} cold loads (ms)`, ours.readyMedianMs, peer.readyMedianMs, ms],
    ['JS on first load, raw (KB)', ours.js.raw, peer.js.raw, kb],
    ['JS on first load, gzip (KB)', ours.js.gzip, peer.js.gzip, kb],
    ['Data on first load, raw (KB)', ours.data.raw, peer.data.raw, kb],
    ['Data on first load, gzip (KB)', ours.data.gzip, peer.data.gzip, kb],
    ['Other (HTML, CSS, icons), gzip (KB)', ours.other.gzip, peer.other.gzip, kb],
    ['Requests on first load', ours.requests, peer.requests, String],
    ['Frame time p50, national pan/zoom (ms)', ours.panZoomNational.p50, peer.panZoomNational.p50, ms1],
    ['Frame time p95, national pan/zoom (ms)', ours.panZoomNational.p95, peer.panZoomNational.p95, ms1],
    ['Frame time mean, national pan/zoom (ms)', ours.panZoomNational.mean, peer.panZoomNational.mean, ms1],
    ['… p95 while dragging (ms)', ours.panZoomNational.pan.p95, peer.panZoomNational.pan.p95, ms1],
    ['… p95 while wheel-zooming (ms)', ours.panZoomNational.zoom.p95, peer.panZoomNational.zoom.p95, ms1],
    ['Frames recorded, national pan/zoom', ours.panZoomNational.frames, peer.panZoomNational.frames, String],
    ['Frame time p50, Yantai layout pan/zoom (ms)', ours.panZoomYantai?.p50 ?? null, null, ms1],
    ['Frame time p95, Yantai layout pan/zoom (ms)', ours.panZoomYantai?.p95 ?? null, null, ms1],
    ['Pan/zoom script, time to get through its 64 inputs, national (s)', ours.panZoomNational.durationMs, peer.panZoomNational.durationMs, (x) => (x / 1000).toFixed(1)],
    ['JS heap after load and GC, page, median (MB)', ours.heapMedian.page, peer.heapMedian.page, mb],
    ['JS heap after load and GC, workers, median (MB)', ours.heapMedian.workers, peer.heapMedian.workers, mb],
    ['JS heap, page + workers (MB)', ours.heapMedian.page + ours.heapMedian.workers, peer.heapMedian.page + peer.heapMedian.workers, mb],
  ];
  const lines = ['| | Pilot Atlas | ECharts peer | ours/peer |', '|---|--:|--:|--:|'];
  for (const [label, a, b, f] of rows) lines.push(`| ${label} | ${a === null ? 'n/a' : f(a)} | ${b === null ? 'n/a' : f(b)} | ${ratio(a, b)} |`);
  return lines.join('\n');
}

interface Budget {
  name: string;
  met: boolean;
  figure: string;
}

function budgets(ours: TargetResult, peer: TargetResult): Budget[] {
  return [
    {
      name: `First-load JS ≤ ${BUDGETS.firstLoadJsGzipKB} KB gzip`,
      met: ours.js.gzip <= BUDGETS.firstLoadJsGzipKB * KB,
      figure: `${kb(ours.js.gzip)} KB gzip (${ours.js.files} files, ${kb(ours.js.raw)} KB raw)`,
    },
    {
      name: `First-view data ≤ ${BUDGETS.firstViewDataGzipKB} KB gzip`,
      met: ours.data.gzip <= BUDGETS.firstViewDataGzipKB * KB,
      figure: `${kb(ours.data.gzip)} KB gzip (${ours.data.files} files, ${kb(ours.data.raw)} KB raw)`,
    },
    {
      name: 'Time to ready no worse than the peer',
      met: ours.readyMedianMs <= peer.readyMedianMs,
      figure: `${ms(ours.readyMedianMs)} ms vs ${ms(peer.readyMedianMs)} ms (median of ${ours.readyMs.length})`,
    },
    {
      name: 'p95 frame time (national pan/zoom) no worse than the peer',
      met: ours.panZoomNational.p95 <= peer.panZoomNational.p95,
      figure: `${ms1(ours.panZoomNational.p95)} ms vs ${ms1(peer.panZoomNational.p95)} ms`,
    },
  ];
}

function filesTable(files: FileLoad[]): string {
  const lines = ['| file | kind | raw (KB) | gzip (KB) |', '|---|---|--:|--:|'];
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) lines.push(`| \`${f.path}\` | ${f.kind} | ${kb(f.raw)} | ${kb(f.gzip)} |`);
  return lines.join('\n');
}

// ---------------------------------------------------------------------------------------------
// Main

async function measure(browser: Browser, targets: Target[]): Promise<Map<Target['key'], TargetResult>> {
  const loads = new Map<Target['key'], LoadResult[]>(targets.map((t) => [t.key, []]));
  // Warm-up: one load of each, not counted (first launch of the GPU process, disk cache of the OS).
  for (const t of targets) await coldLoad(browser, t);
  for (let i = 0; i < RUNS; i++) {
    for (const t of targets) {
      const r = await coldLoad(browser, t);
      loads.get(t.key)!.push(r);
      console.log(`  cold load ${i + 1}/${RUNS} ${t.name}: ready at ${ms(r.readyMs)} ms`);
    }
  }
  const results = new Map<Target['key'], TargetResult>();
  for (const t of targets) {
    const runs = loads.get(t.key)!;
    const files = fileLoads(runs[0]!.served);
    const national = await panZoomFrames(browser, t, t.national);
    console.log(`  pan/zoom ${t.name}, national: ${national.frames} frames, p50 ${ms1(national.p50)} ms, p95 ${ms1(national.p95)} ms`);
    let yantai: (FrameStats & { errors: string[] }) | null = null;
    if (t.yantai !== null) {
      yantai = await panZoomFrames(browser, t, t.yantai);
      console.log(`  pan/zoom ${t.name}, Yantai: ${yantai.frames} frames, p50 ${ms1(yantai.p50)} ms, p95 ${ms1(yantai.p95)} ms`);
    }
    const strip = ({ errors: _, ...stats }: FrameStats & { errors: string[] }): FrameStats => stats;
    const readyMs = runs.map((r) => r.readyMs);
    const heap = runs.map((r) => r.heap);
    results.set(t.key, {
      name: t.name,
      url: t.national,
      readyMs,
      readyMedianMs: median(readyMs),
      js: sum(files, 'js'),
      data: sum(files, 'data'),
      other: sum(files, 'other'),
      requests: runs[0]!.served.length,
      files,
      heap,
      heapMedian: { page: median(heap.map((h) => h.page)), workers: median(heap.map((h) => h.workers)) },
      panZoomNational: strip(national),
      panZoomYantai: yantai ? strip(yantai) : null,
      errors: [...new Set([...runs.flatMap((r) => r.errors), ...national.errors, ...(yantai?.errors ?? [])])],
      offsiteRequests: [...new Set(runs.flatMap((r) => r.offsite))],
    });
  }
  return results;
}

async function main() {
  const started = Date.now();
  mkdirSync(RESULTS, { recursive: true });
  if (SKIP_BUILD) {
    for (const f of ['dist/index.html', 'bench/peers/dist/index.html']) {
      if (!existsSync(`${ROOT}${f}`)) throw new Error(`--skip-build: ${f} is missing; run without --skip-build once`);
    }
    snapshotApp();
    console.log('--skip-build: measuring dist/ and bench/peers/dist/ as they are');
  } else {
    build();
  }

  const [ourServer, peerServer] = await Promise.all([serveStatic(APP_SNAPSHOT.replace(/\/$/, '')), serveStatic(`${ROOT}bench/peers/dist`)]);
  const targets: Target[] = [
    {
      key: 'ours',
      name: 'Pilot Atlas',
      server: ourServer,
      national: '?indicator=urbanization_baseline',
      yantai: '?indicator=urbanization_baseline&layout=yantai',
      readySelector: 'html[data-atlas-ready="true"]',
      surface: '#map',
      view: 'JSON.stringify(window.pilotAtlas.getState().camera)',
    },
    {
      key: 'peer',
      name: 'ECharts peer',
      server: peerServer,
      national: '',
      yantai: null,
      readySelector: 'html[data-peer-ready="true"]',
      surface: '#chart',
      view: 'JSON.stringify(((g) => [g.center, g.zoom])(window.__peerChart.getOption().geo[0]))',
    },
  ];

  const browser = await launchChromium();
  let results: Map<Target['key'], TargetResult>;
  let webgl = 'unknown';
  try {
    const probe = await browser.newPage();
    webgl = await probe.evaluate(() => {
      const gl = document.createElement('canvas').getContext('webgl2');
      if (!gl) return 'no WebGL2';
      const info = gl.getExtension('WEBGL_debug_renderer_info');
      return String(info ? gl.getParameter(info.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
    });
    await probe.close();
    console.log(`Chromium ${browser.version()}, WebGL: ${webgl}; ${RUNS} cold loads each (after one warm-up)`);
    results = await measure(browser, targets);
  } finally {
    await browser.close();
    await Promise.all([ourServer.close(), peerServer.close()]);
  }

  const ours = results.get('ours')!;
  const peer = results.get('peer')!;
  const checks = budgets(ours, peer);
  const cpu = cpus();
  const machine = {
    date: new Date().toISOString(),
    commit: (() => {
      try {
        return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
      } catch {
        return 'unknown';
      }
    })(),
    node: process.version,
    chromium: browser.version(),
    webgl,
    cpus: `${cpu.length} × ${cpu[0]?.model ?? 'unknown'}`,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    viewport: VIEWPORT,
    runs: RUNS,
  };
  const summary = table(ours, peer);
  const budgetLines = checks.map((b) => `- ${b.met ? 'met' : '**MISSED**'}: ${b.name} — ${b.figure}`);
  const md = [
    '# Bench: Pilot Atlas vs an ECharts peer',
    '',
    `${machine.date} · commit ${machine.commit} · Chromium ${machine.chromium} · ${machine.webgl} · ${machine.cpus} · Node ${machine.node}. ` +
      `Viewport ${VIEWPORT.width}×${VIEWPORT.height}. Pilot Atlas at \`${ours.url}\`; the peer is bench/peers/echarts/. 1 KB = 1024 bytes; gzip at level 6 of each response body. See bench/README.md.`,
    '',
    summary,
    '',
    '## Budgets',
    '',
    ...budgetLines,
    '',
    '## What Pilot Atlas loads first',
    '',
    filesTable(ours.files),
    '',
    '## What the peer loads first',
    '',
    filesTable(peer.files),
    '',
    ...(ours.errors.length || peer.errors.length
      ? ['## Page errors', '', ...ours.errors.map((e) => `- Pilot Atlas: ${e}`), ...peer.errors.map((e) => `- peer: ${e}`), '']
      : []),
  ].join('\n');
  writeFileSync(new URL('latest.json', RESULTS), `${JSON.stringify({ machine, budgets: checks, ours, peer }, null, 2)}\n`);
  writeFileSync(new URL('latest.md', RESULTS), md);

  console.log(`\n${summary}\n`);
  for (const b of checks) console.log(`${b.met ? 'met   ' : 'MISSED'}  ${b.name}: ${b.figure}`);
  for (const [who, r] of [['Pilot Atlas', ours], ['peer', peer]] as const) {
    if (r.offsiteRequests.length) console.log(`WARNING: ${who} requested off-site URLs: ${r.offsiteRequests.join(', ')}`);
    if (r.errors.length) console.log(`WARNING: ${who} page errors:\n  ${r.errors.join('\n  ')}`);
    for (const [scene, f] of [['national', r.panZoomNational], ['Yantai', r.panZoomYantai]] as const) {
      if (f && !(f.panned && f.zoomed)) console.log(`WARNING: ${who}, ${scene}: the script did not ${f.panned ? 'zoom' : 'pan'} the view; its frame times mean little`);
    }
  }
  console.log(`\nwrote bench/results/latest.json and latest.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);
  if (STRICT && checks.some((b) => !b.met)) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(2);
});
