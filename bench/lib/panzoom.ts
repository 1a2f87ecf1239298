// Frame times while the view is panned and zoomed with real mouse input, the same script for every
// page: drag, wheel in, drag back, wheel out — 64 inputs, each sent after the page's next animation
// frame. Frame time = interval between consecutive requestAnimationFrame callbacks, recorded in the
// page from each phase's first input to one frame after its last (between phases the page settles
// unrecorded, and the view is read to check the input moved it).
import type { Browser } from 'playwright-core';
import { networkQuiet, openReady } from './page.ts';
import { distribution, type Distribution } from './stats.ts';
import type { Target } from './targets.ts';

export interface FrameStats extends Distribution {
  /** Wall time of the whole input script (same inputs for every page). */
  durationMs: number;
  /** Frames while dragging, and while wheeling. */
  pan: Distribution;
  zoom: Distribution;
  /** Whether the drag moved the view, and the wheel zoomed it (a check on the script, not a figure). */
  panned: boolean;
  zoomed: boolean;
}

/** A 320×160 px drag in 24 moves; 8 wheel steps. */
const DRAG = { dx: 320 / 24, dy: 160 / 24, steps: 24 };
const WHEEL = { deltaY: 150, steps: 8 };
/** Pause between phases, unrecorded: at least this long, and until the view reads as changed (≤ 3 s). */
const SETTLE_MS = 500;

/** Splits the frame intervals by phase (pure). Interval k ends at stamp k + 1; it belongs to the phase whose marks bracket that stamp. */
export function phaseDeltas(stamps: readonly number[], phases: readonly { kind: 'pan' | 'zoom'; from: number; to: number }[], kind?: 'pan' | 'zoom'): number[] {
  return stamps
    .slice(1)
    .map((t, k) => ({ d: t - stamps[k]!, end: k + 1 }))
    .filter(({ end }) => phases.some((p) => (!kind || p.kind === kind) && end >= p.from && end < p.to))
    .map(({ d }) => d);
}

export async function panZoomFrames(browser: Browser, target: Target, url: string, ready: readonly string[]): Promise<FrameStats & { errors: string[] }> {
  const { context, page, errors } = await openReady(browser, target.server, target.server.url + url, ready);
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
  return {
    ...distribution(phaseDeltas(stamps, phases)),
    durationMs: phases.reduce((s, p) => s + p.ms, 0),
    pan: distribution(phaseDeltas(stamps, phases, 'pan')),
    zoom: distribution(phaseDeltas(stamps, phases, 'zoom')),
    panned: views[1] !== views[0],
    zoomed: views[2] !== views[1],
    errors,
  };
}
