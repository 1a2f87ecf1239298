// The bench's report (pure): the table of the three pages, the budgets with figure and ratio, and
// the files each page loads first.
import { KB, type FileLoad } from './bytes.ts';
import type { Results, TargetResult } from './measure.ts';

/** Issue 15's and issue 17's budgets. */
export const BUDGETS = {
  /** First meaningful paint ≤ this × the ECharts peer's time to ready. */
  paintVsPeerReady: 1.0,
  /** Time to ready ≤ this × the MapLibre floor's. */
  readyVsFloor: 1.25,
  firstLoadJsGzipKB: 550,
  firstViewDataGzipKB: 250,
  widgetJsGzipKB: 550,
  /** p95 frame time of the national pan/zoom measured on 2026-11-26, ms (and no worse than the peer's). */
  panZoomP95Ms: 283,
  /** Longest main-thread task while taking one file or message, ms. */
  longTaskMs: 200,
  /** The editor lists 10,000 errors within this, ms of wall time. */
  editorErrorsMs: 1000,
};

export interface Budget {
  name: string;
  /** null: not measured in this run (--only). */
  figure: number | null;
  limit: number | null;
  unit: string;
  met: boolean | null;
  ratio: number | null;
}

const budget = (name: string, figure: number | null | undefined, limit: number | null | undefined, unit: string): Budget => {
  const f = figure ?? null;
  const l = limit ?? null;
  const measured = f !== null && l !== null && Number.isFinite(f) && Number.isFinite(l);
  return { name, figure: f, limit: l, unit, met: measured ? f <= l : null, ratio: measured && l !== 0 ? f / l : null };
};

export function budgets(r: Results): Budget[] {
  const { ours, floor, peer } = r.targets;
  const kb = (b: number | undefined) => (b === undefined ? null : b / KB);
  const editor = r.longTasks.find((t) => t.name.startsWith('editor'));
  return [
    budget(`First meaningful paint ≤ ${BUDGETS.paintVsPeerReady}× the ECharts peer's time to ready`, ours.paintMedianMs, peer.readyMedianMs * BUDGETS.paintVsPeerReady, 'ms'),
    budget(`Time to ready ≤ ${BUDGETS.readyVsFloor}× the MapLibre floor's`, ours.readyMedianMs, floor.readyMedianMs * BUDGETS.readyVsFloor, 'ms'),
    budget(`First-load JS ≤ ${BUDGETS.firstLoadJsGzipKB} KB gzip`, kb(ours.firstLoad?.js.gzip), BUDGETS.firstLoadJsGzipKB, 'KB'),
    budget(`First-view data ≤ ${BUDGETS.firstViewDataGzipKB} KB gzip`, kb(ours.firstLoad?.data.gzip), BUDGETS.firstViewDataGzipKB, 'KB'),
    budget(`Widget first-load JS ≤ ${BUDGETS.widgetJsGzipKB} KB gzip`, kb(r.widget?.firstLoad?.js.gzip), BUDGETS.widgetJsGzipKB, 'KB'),
    budget(`p95 frame time, national pan/zoom ≤ ${BUDGETS.panZoomP95Ms} ms (2026-11-26)`, ours.panZoomNational?.p95, BUDGETS.panZoomP95Ms, 'ms'),
    budget('p95 frame time, national pan/zoom ≤ the ECharts peer’s', ours.panZoomNational?.p95, peer.panZoomNational?.p95, 'ms'),
    ...r.longTasks.map((t) => budget(`Longest main-thread task ≤ ${BUDGETS.longTaskMs} ms: ${t.name}`, t.longestMs, BUDGETS.longTaskMs, 'ms')),
    budget(`The editor lists 10,000 errors within ${BUDGETS.editorErrorsMs} ms of the paste (wall time)`, editor?.doneMs, BUDGETS.editorErrorsMs, 'ms'),
  ];
}

const num = (x: number | null | undefined, digits = 0) => (x === null || x === undefined || !Number.isFinite(x) ? 'n/a' : x.toFixed(digits));
const ratio = (a: number | null | undefined, b: number | null | undefined) =>
  a === null || a === undefined || b === null || b === undefined || !Number.isFinite(a) || !Number.isFinite(b) || b === 0 ? 'n/a' : `${(a / b).toFixed(2)}×`;

export const budgetLine = (b: Budget): string =>
  `${b.met === null ? 'not measured' : b.met ? 'met' : 'MISSED'}: ${b.name} — ${num(b.figure, b.unit === 'KB' ? 1 : 0)} ${b.unit} against ${num(b.limit, b.unit === 'KB' ? 1 : 0)} ${b.unit} (${b.ratio === null ? 'n/a' : `${b.ratio.toFixed(2)}×`})`;

export function table(r: Results, runs: number): string {
  const { ours, floor, peer } = r.targets;
  type Get = (t: TargetResult) => number | null | undefined;
  const rows: [string, Get, (x: number) => string][] = [
    [`Time to first meaningful paint, median of ${runs} (ms)`, (t) => t.paintMedianMs, (x) => num(x)],
    [`Time to ready, median of ${runs} cold loads (ms)`, (t) => t.readyMedianMs, (x) => num(x)],
    ['JS on first load, raw (KB)', (t) => t.firstLoad && t.firstLoad.js.raw / KB, (x) => num(x, 1)],
    ['JS on first load, gzip (KB)', (t) => t.firstLoad && t.firstLoad.js.gzip / KB, (x) => num(x, 1)],
    ['Data on first load, raw (KB)', (t) => t.firstLoad && t.firstLoad.data.raw / KB, (x) => num(x, 1)],
    ['Data on first load, gzip (KB)', (t) => t.firstLoad && t.firstLoad.data.gzip / KB, (x) => num(x, 1)],
    ['Other (HTML, CSS, icons), gzip (KB)', (t) => t.firstLoad && t.firstLoad.other.gzip / KB, (x) => num(x, 1)],
    ['Requests on first load', (t) => t.firstLoad?.requests, (x) => num(x)],
    ['Frame time p50, national pan/zoom (ms)', (t) => t.panZoomNational?.p50, (x) => num(x, 1)],
    ['Frame time p95, national pan/zoom (ms)', (t) => t.panZoomNational?.p95, (x) => num(x, 1)],
    ['Frame time mean, national pan/zoom (ms)', (t) => t.panZoomNational?.mean, (x) => num(x, 1)],
    ['… p95 while dragging (ms)', (t) => t.panZoomNational?.pan.p95, (x) => num(x, 1)],
    ['… p95 while wheel-zooming (ms)', (t) => t.panZoomNational?.zoom.p95, (x) => num(x, 1)],
    ['Pan/zoom script, time to get through its 64 inputs (s)', (t) => t.panZoomNational && t.panZoomNational.durationMs / 1000, (x) => num(x, 1)],
    ['JS heap after load and GC, page, median (MB)', (t) => t.heapMedian && t.heapMedian.page / KB / KB, (x) => num(x, 1)],
    ['JS heap after load and GC, workers, median (MB)', (t) => t.heapMedian && t.heapMedian.workers / KB / KB, (x) => num(x, 1)],
  ];
  const lines = ['| | Pilot Atlas | MapLibre floor | ECharts peer | ours/floor | ours/peer |', '|---|--:|--:|--:|--:|--:|'];
  for (const [label, get, f] of rows) {
    const [a, b, c] = [get(ours), get(floor), get(peer)];
    const cell = (x: number | null | undefined) => (x === null || x === undefined ? 'n/a' : f(x));
    lines.push(`| ${label} | ${cell(a)} | ${cell(b)} | ${cell(c)} | ${ratio(a, b)} | ${ratio(a, c)} |`);
  }
  const app: [string, string][] = [];
  for (const s of r.deepLinks) app.push([`Deep link ${s.name}: time to ready, median of ${s.readyMs.length} (ms)`, num(s.readyMedianMs)]);
  if (r.panZoomYantai) app.push(['Frame time p95, pan/zoom over the Yantai plan (ms)', num(r.panZoomYantai.p95, 1)]);
  if (r.widget) {
    app.push([`Widget in a host page (widget-demo.html): time to ready, median of ${r.widget.readyMs.length} (ms)`, num(r.widget.readyMedianMs)]);
    if (r.widget.firstLoad) {
      app.push(['Widget: JS on first load, raw / gzip (KB)', `${num(r.widget.firstLoad.js.raw / KB, 1)} / ${num(r.widget.firstLoad.js.gzip / KB, 1)}`]);
      app.push(['Widget: data on first load, gzip (KB)', num(r.widget.firstLoad.data.gzip / KB, 1)]);
    }
  }
  for (const t of r.longTasks) app.push([`Longest main-thread task (ms) / done after (ms): ${t.name}`, `${num(t.longestMs)} / ${num(t.doneMs)}`]);
  if (app.length) lines.push('', '| Pilot Atlas only | |', '|---|--:|', ...app.map(([k, v]) => `| ${k} | ${v} |`));
  return lines.join('\n');
}

export function filesTable(files: readonly FileLoad[]): string {
  const lines = ['| file | kind | raw (KB) | gzip (KB) |', '|---|---|--:|--:|'];
  for (const f of [...files].sort((a, b) => b.gzip - a.gzip)) lines.push(`| \`${f.path}\` | ${f.kind} | ${num(f.raw / KB, 1)} | ${num(f.gzip / KB, 1)} |`);
  return lines.join('\n');
}

export interface Machine {
  date: string;
  commit: string;
  node: string;
  chromium: string;
  webgl: string;
  cpus: string;
  memoryGB: number;
  load: number[];
  runs: number;
  only: string[];
}

export function markdown(r: Results, checks: Budget[], m: Machine): string {
  const { ours, floor, peer } = r.targets;
  const files = (title: string, f: readonly FileLoad[] | undefined) => (f ? [`## ${title}`, '', filesTable(f), ''] : []);
  const errors = (Object.values(r.targets) as TargetResult[]).flatMap((t) => t.errors.map((e) => `- ${t.name}: ${e}`));
  return [
    '# Bench: Pilot Atlas, the MapLibre floor and an ECharts peer',
    '',
    `${m.date} · commit ${m.commit} · Chromium ${m.chromium} · ${m.webgl} · ${m.cpus} · Node ${m.node} · load average ${m.load.map((x) => x.toFixed(1)).join(' ')} at the start. ` +
      `Viewport 1280×720. Groups: ${m.only.join(', ')}. Pilot Atlas at \`${ours.url}\`; the floor is bench/peers/maplibre-floor/, the peer bench/peers/echarts/. 1 KB = 1024 bytes; gzip at level 6 of each response body. See bench/README.md.`,
    '',
    table(r, m.runs),
    '',
    '## Budgets',
    '',
    ...checks.map((b) => `- ${budgetLine(b).replace(/^MISSED/, '**MISSED**')}`),
    '',
    ...files('What Pilot Atlas loads first', ours.firstLoad?.files),
    ...files('What the widget page loads first', r.widget?.firstLoad?.files),
    ...files('What the MapLibre floor loads first', floor.firstLoad?.files),
    ...files('What the ECharts peer loads first', peer.firstLoad?.files),
    ...(errors.length ? ['## Page errors', '', ...errors, ''] : []),
  ].join('\n');
}
