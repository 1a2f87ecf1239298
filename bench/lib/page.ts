// Opening a page for the bench: a fresh browser context (empty cache) with probes installed before
// any of the page's scripts run, in every frame: when the page became ready (a selector), and the
// main thread's long tasks (PerformanceObserver 'longtask').
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { StaticServer } from './serve.ts';

export const VIEWPORT = { width: 1280, height: 720 };
/** The page is ready and the network has been quiet this long: what it loaded is its first load. */
export const QUIET_MS = 500;

declare global {
  interface Window {
    __benchReadyAt?: number;
    __benchLongTasks?: { start: number; duration: number }[];
    __benchFrames?: number[];
    __benchRecording?: boolean;
  }
}

/**
 * The probe (a string: it runs in the page as it is). `readyAt` is performance.now() (ms since
 * navigation start) at the first DOM mutation after which every selector of `ready` matches.
 */
export const probe = (ready: readonly string[]) => `(() => {
  const selectors = ${JSON.stringify(ready)};
  window.__benchLongTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) window.__benchLongTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  if (selectors.length === 0) return;
  const check = () => {
    if (window.__benchReadyAt !== undefined) return observer.disconnect();
    if (selectors.every((s) => document.querySelector(s))) {
      window.__benchReadyAt = performance.now();
      observer.disconnect();
    }
  };
  const observer = new MutationObserver(check);
  observer.observe(document, { subtree: true, childList: true, attributes: true });
})();`;

export interface Opened {
  context: BrowserContext;
  page: Page;
  errors: string[];
  offsite: string[];
}

export async function newPage(browser: Browser, ready: readonly string[] = []): Promise<Opened> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
  await context.addInitScript(probe(ready));
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
export async function networkQuiet(server: StaticServer): Promise<void> {
  const start = Date.now();
  let count = server.log.length;
  let since = Date.now();
  while (Date.now() - since < QUIET_MS && Date.now() - start < 10_000) {
    await new Promise((r) => setTimeout(r, 50));
    if (server.log.length !== count) [count, since] = [server.log.length, Date.now()];
  }
}

/**
 * Opens `url` in a fresh context and waits until every `ready` selector matches (at most 2 min).
 * `readyMs` is when that happened, in ms since navigation start, as the probe recorded it.
 */
export async function openReady(
  browser: Browser,
  server: StaticServer,
  url: string,
  ready: readonly string[],
  before?: (opened: Opened) => Promise<void>,
): Promise<Opened & { readyMs: number }> {
  const opened = await newPage(browser, ready);
  await before?.(opened);
  server.reset();
  await opened.page.goto(url, { waitUntil: 'commit' });
  try {
    await opened.page.waitForFunction(() => window.__benchReadyAt !== undefined, undefined, { timeout: 120_000, polling: 100 });
  } catch (error) {
    await opened.context.close();
    throw new Error(`${url} never became ready (${ready.join(', ')}): ${(error as Error).message}\n${opened.errors.join('\n')}`);
  }
  const readyMs = await opened.page.evaluate(() => window.__benchReadyAt!);
  return { ...opened, readyMs };
}

export interface HeapUsage {
  /** V8 heap of the page (main thread), bytes, after a forced GC. */
  page: number;
  /** V8 heaps of its dedicated workers (MapLibre's tile workers), bytes, after a forced GC. */
  workers: number;
}

/** JS heap in use after a full GC, in the page and in each of its workers (reached through CDP auto-attach). */
export async function heapUsage(cdp: CDPSession): Promise<HeapUsage> {
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

/** The longest main-thread task of a frame since `since` (ms, its performance.now()), 0 when none. */
export const longestTaskSince = (frame: Pick<Page, 'evaluate'>, since: number): Promise<{ longest: number; count: number; total: number }> =>
  frame.evaluate((t) => {
    const tasks = (window.__benchLongTasks ?? []).filter((e) => e.start + e.duration >= t);
    return { longest: Math.max(0, ...tasks.map((e) => e.duration)), count: tasks.length, total: tasks.reduce((s, e) => s + e.duration, 0) };
  }, since);
