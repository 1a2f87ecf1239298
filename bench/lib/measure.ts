// The measuring stages of `npm run bench`, each over the pages of targets.ts: cold loads (ready,
// bytes, heap), first meaningful paint, deep links, the widget in a host page, pan/zoom frames, and
// the main thread's longest task under heavy or hostile input.
import type { Browser, Page } from 'playwright-core';
import type { Group } from './args.ts';
import { fileLoads, sumOf, type Bytes, type FileLoad } from './bytes.ts';
import { editor, hostileMessage, imports, type TaskResult } from './longtasks.ts';
import { heapUsage, networkQuiet, openReady, type HeapUsage } from './page.ts';
import { paintLoad } from './paint.ts';
import { panZoomFrames, type FrameStats } from './panzoom.ts';
import type { Served } from './serve.ts';
import { median } from './stats.ts';
import { DEEP_LINKS, WIDGET, type Scene, type Target, type TargetKey } from './targets.ts';

export interface FirstLoad {
  js: Bytes;
  data: Bytes;
  other: Bytes;
  requests: number;
  files: FileLoad[];
}

export interface TargetResult {
  name: string;
  url: string;
  readyMs: number[];
  readyMedianMs: number;
  paintMs: number[];
  paintMedianMs: number;
  firstLoad: FirstLoad | null;
  /** Median over the cold loads of the page's JS heap and of its workers' (after GC), bytes. */
  heapMedian: HeapUsage | null;
  panZoomNational: FrameStats | null;
  errors: string[];
  offsiteRequests: string[];
}

export interface SceneResult {
  name: string;
  url: string;
  readyMs: number[];
  readyMedianMs: number;
  firstLoad: FirstLoad | null;
}

export interface Results {
  targets: Record<TargetKey, TargetResult>;
  deepLinks: SceneResult[];
  widget: SceneResult | null;
  panZoomYantai: FrameStats | null;
  longTasks: (TaskResult & { runs: number[]; doneRuns: number[] })[];
}

const firstLoadOf = (served: readonly Served[]): FirstLoad => {
  const files = fileLoads(served);
  return { js: sumOf(files, 'js'), data: sumOf(files, 'data'), other: sumOf(files, 'other'), requests: served.length, files };
};

type Log = (line: string) => void;
const ms = (x: number) => x.toFixed(0);

export async function measure(browser: Browser, targets: Target[], only: Set<Group>, runs: number, snapshot: string, log: Log): Promise<Results> {
  const results = Object.fromEntries(
    targets.map((t) => [
      t.key,
      { name: t.name, url: t.national, readyMs: [], readyMedianMs: Number.NaN, paintMs: [], paintMedianMs: Number.NaN, firstLoad: null, heapMedian: null, panZoomNational: null, errors: [], offsiteRequests: [] },
    ]),
  ) as unknown as Record<TargetKey, TargetResult>;
  const ours = targets.find((t) => t.key === 'ours')!;
  const out: Results = { targets: results, deepLinks: [], widget: null, panZoomYantai: null, longTasks: [] };
  const note = (r: TargetResult, errors: string[], offsite: string[] = []) => {
    r.errors = [...new Set([...r.errors, ...errors])];
    r.offsiteRequests = [...new Set([...r.offsiteRequests, ...offsite])];
  };

  if (only.has('load')) {
    // Warm-up: one load of each, not counted (first launch of the GPU process, disk cache of the OS).
    for (const t of targets) await (await openReady(browser, t.server, t.server.url + t.national, t.ready)).context.close();
    const heaps = new Map<TargetKey, HeapUsage[]>(targets.map((t) => [t.key, []]));
    for (let i = 0; i < runs; i++) {
      // Loads alternate between the pages.
      for (const t of targets) {
        const { context, page, errors, offsite, readyMs } = await openReady(browser, t.server, t.server.url + t.national, t.ready);
        await networkQuiet(t.server);
        const r = results[t.key];
        if (i === 0) r.firstLoad = firstLoadOf(t.server.log);
        heaps.get(t.key)!.push(await heapUsage(await context.newCDPSession(page)));
        await context.close();
        r.readyMs.push(readyMs);
        note(r, errors, offsite);
        log(`  cold load ${i + 1}/${runs} ${t.name}: ready at ${ms(readyMs)} ms`);
      }
    }
    for (const t of targets) {
      const r = results[t.key];
      r.readyMedianMs = median(r.readyMs);
      const h = heaps.get(t.key)!;
      r.heapMedian = { page: median(h.map((x) => x.page)), workers: median(h.map((x) => x.workers)) };
    }
  }

  if (only.has('paint')) {
    const decoder: Page = await browser.newPage();
    try {
      for (let i = 0; i < runs; i++) {
        for (const t of targets) {
          const p = await paintLoad(browser, decoder, t);
          results[t.key].paintMs.push(p.paintMs);
          log(`  paint ${i + 1}/${runs} ${t.name}: first meaningful paint at ${ms(p.paintMs)} ms (ready at ${ms(p.readyMs)} ms; ${p.frames} frames, ${p.readyPixels} choropleth px at half size)`);
        }
      }
    } finally {
      await decoder.close();
    }
    for (const t of targets) results[t.key].paintMedianMs = median(results[t.key].paintMs);
  }

  const scene = async (s: Scene): Promise<SceneResult> => {
    const readyMs: number[] = [];
    let firstLoad: FirstLoad | null = null;
    for (let i = 0; i < runs; i++) {
      const { context, errors, readyMs: at } = await openReady(browser, ours.server, ours.server.url + s.url, s.ready);
      if (i === 0) {
        await networkQuiet(ours.server);
        firstLoad = firstLoadOf(ours.server.log);
      }
      await context.close();
      readyMs.push(at);
      note(results.ours, errors);
      log(`  ${s.name} ${i + 1}/${runs}: ready at ${ms(at)} ms`);
    }
    return { name: s.name, url: s.url, readyMs, readyMedianMs: median(readyMs), firstLoad };
  };
  if (only.has('deeplinks')) for (const s of DEEP_LINKS) out.deepLinks.push(await scene(s));
  if (only.has('widget')) out.widget = await scene(WIDGET);

  if (only.has('panzoom')) {
    for (const t of targets) {
      const { errors, ...stats } = await panZoomFrames(browser, t, t.national, t.ready);
      results[t.key].panZoomNational = stats;
      note(results[t.key], errors);
      log(`  pan/zoom ${t.name}, national: ${stats.frames} frames, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms`);
    }
    const { errors, ...yantai } = await panZoomFrames(browser, ours, DEEP_LINKS[0]!.url, DEEP_LINKS[0]!.ready);
    out.panZoomYantai = yantai;
    note(results.ours, errors);
    log(`  pan/zoom Pilot Atlas, Yantai plan: ${yantai.frames} frames, p95 ${yantai.p95.toFixed(1)} ms`);
  }

  if (only.has('longtasks')) {
    const byName = new Map<string, TaskResult[]>();
    const add = (r: TaskResult) => {
      byName.set(r.name, [...(byName.get(r.name) ?? []), r]);
      log(`  ${r.name}: longest task ${ms(r.longestMs)} ms (${r.count} long tasks, ${ms(r.totalMs)} ms in all), done in ${ms(r.doneMs)} ms`);
    };
    for (let i = 0; i < runs; i++) {
      for (const r of await imports(browser, ours.server, snapshot)) add(r);
      add(await hostileMessage(browser, ours.server));
      add(await editor(browser, ours.server));
    }
    for (const [name, rs] of byName) {
      out.longTasks.push({
        name,
        longestMs: median(rs.map((r) => r.longestMs)),
        count: median(rs.map((r) => r.count)),
        totalMs: median(rs.map((r) => r.totalMs)),
        doneMs: median(rs.map((r) => r.doneMs)),
        runs: rs.map((r) => r.longestMs),
        doneRuns: rs.map((r) => r.doneMs),
      });
    }
  }
  return out;
}
