// The bench's pure stages: its options, the first meaningful paint of a frame series, the frame
// intervals of the pan/zoom phases, the GBK input and the budgets' figures and ratios.
import { describe, expect, it } from 'vitest';
import { GROUPS, parseOptions } from '../../../bench/lib/args.ts';
import { encodeGbk } from '../../../bench/lib/inputs.ts';
import type { Results, TargetResult } from '../../../bench/lib/measure.ts';
import { firstMeaningful } from '../../../bench/lib/paint.ts';
import { phaseDeltas } from '../../../bench/lib/panzoom.ts';
import { budgetLine, budgets } from '../../../bench/lib/report.ts';

describe('the bench command line', () => {
  it('runs every group five times unless told otherwise, and refuses what it does not know', () => {
    expect(parseOptions([])).toMatchObject({ strict: false, skipBuild: false, runs: 5, full: true });
    const o = parseOptions(['--strict', '--runs', '2', '--only', 'load,paint']);
    expect([o.strict, o.runs, [...o.only], o.full]).toEqual([true, 2, ['load', 'paint'], false]);
    expect(parseOptions(['--only', GROUPS.join(',')]).full).toBe(true);
    expect(() => parseOptions(['--only', 'speed'])).toThrow('unknown group "speed"');
    expect(() => parseOptions(['--runs', '0'])).toThrow('--runs');
    expect(() => parseOptions(['--fast'])).toThrow();
  });
});

describe('first meaningful paint', () => {
  it('is the first frame showing half the choropleth pixels of the frame at ready', () => {
    const frames = [
      { at: 100, pixels: 0 },
      { at: 900, pixels: 40 },
      { at: 1500, pixels: 600 },
      { at: 2000, pixels: 1000 },
    ];
    expect(firstMeaningful(frames)).toBe(1500);
    expect(firstMeaningful([{ at: 5, pixels: 0 }])).toBeNaN();
  });
});

describe('pan/zoom frame intervals', () => {
  it('counts an interval in the phase whose marks bracket its end', () => {
    const stamps = [0, 16, 50, 100, 116, 300, 316];
    const phases = [
      { kind: 'pan' as const, from: 1, to: 3 },
      { kind: 'zoom' as const, from: 4, to: 6 },
    ];
    expect(phaseDeltas(stamps, phases, 'pan')).toEqual([16, 34]);
    expect(phaseDeltas(stamps, phases, 'zoom')).toEqual([16, 184]);
    expect(phaseDeltas(stamps, phases)).toEqual([16, 34, 16, 184]);
  });
});

describe('the GBK input', () => {
  it('encodes what the platform decodes back as GBK', () => {
    const text = '名称,数值\r\n闽侯县,12.5\r\n长乐市,30\r\n';
    const bytes = encodeGbk(text);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text));
    expect(new TextDecoder('gbk').decode(bytes)).toBe(text);
    expect(() => encodeGbk('😀')).toThrow('no GBK code');
  });
});

describe('the budgets', () => {
  const target = (over: Partial<TargetResult>): TargetResult => ({
    name: 't',
    url: '',
    readyMs: [],
    readyMedianMs: Number.NaN,
    paintMs: [],
    paintMedianMs: Number.NaN,
    firstLoad: null,
    heapMedian: null,
    panZoomNational: null,
    errors: [],
    offsiteRequests: [],
    ...over,
  });
  it('compares each figure with its limit, and says when a run did not measure it', () => {
    const results: Results = {
      targets: { ours: target({ readyMedianMs: 3000, paintMedianMs: 800 }), floor: target({ readyMedianMs: 2000 }), peer: target({ readyMedianMs: 1000 }) },
      deepLinks: [],
      widget: null,
      panZoomYantai: null,
      longTasks: [{ name: 'editor: 10,000 errors', longestMs: 250, count: 1, totalMs: 250, doneMs: 900, runs: [250], doneRuns: [900] }],
    };
    const b = budgets(results);
    const paint = b.find((x) => x.name.startsWith('First meaningful paint'))!;
    expect([paint.met, paint.ratio]).toEqual([true, 0.8]);
    const ready = b.find((x) => x.name.startsWith('Time to ready'))!;
    expect([ready.met, ready.limit, ready.ratio]).toEqual([false, 2500, 1.2]);
    expect(budgetLine(ready)).toBe('MISSED: Time to ready ≤ 1.25× the MapLibre floor\'s — 3000 ms against 2500 ms (1.20×)');
    expect(b.find((x) => x.name.includes('editor: 10,000'))!.met).toBe(false);
    expect(b.find((x) => x.name.startsWith('The editor lists'))!.met).toBe(true);
    expect(b.find((x) => x.name.startsWith('First-load JS'))!.met).toBeNull();
  });
});
