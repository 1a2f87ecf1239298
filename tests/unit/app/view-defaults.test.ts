import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_STATE, parseState, serializeState } from '../../../src/core/url-state.ts';
import { manualClasses } from '../../../src/core/thematic/manual-breaks.ts';
import { manualMessage, thematicView } from '../../../src/app/thematic-view.ts';
import { SCHEMES } from '../../../src/core/thematic/schemes.ts';
import { realData } from '../thematic/real-data.ts';
import type { IndicatorRecord } from '../../../src/core/schema/indicators.ts';
import type { PilotProps } from '../../../src/core/schema/pilots.ts';

let records: IndicatorRecord[] = [];
let pilots: PilotProps[] = [];
const docsOf = () => new Set<string>();
beforeAll(async () => {
  ({ records, pilots } = await realData());
}, 60_000);

describe('the view a link opens', () => {
  it('opens on the baseline urbanization rate, and says "none" for a plain map', () => {
    expect(parseState('').state.indicator).toBe('urbanization_baseline');
    expect(serializeState(DEFAULT_STATE)).toBe('');
    const plain = { ...DEFAULT_STATE, indicator: null };
    expect(serializeState(plain)).toBe('indicator=none');
    expect(parseState('indicator=none').state.indicator).toBeNull();
  });

  it('keeps the table sort in the URL', () => {
    const state = { ...DEFAULT_STATE, view: 'table' as const, sort: '-urbanization_baseline' };
    expect(parseState(serializeState(state)).state.sort).toBe('-urbanization_baseline');
    expect(parseState('sort=<b>').warnings[0]).toMatch(/^sort: /);
  });
});

describe('manual breaks', () => {
  const data = [13.8, 40, 55, 68, 96.2];
  it('take their class count from the breaks: inner breaks make n + 1 classes, spanning bounds n − 1', () => {
    expect(manualClasses([50, 60, 70], data)).toEqual({ k: 4, manual: [50, 60, 70] });
    expect(manualClasses([60], data)).toEqual({ k: 2, manual: [60] });
    expect(manualClasses([0, 50, 100], data)).toEqual({ k: 2, manual: [0, 50, 100] });
  });

  it('say in the reader’s language what is wrong, never a developer message', () => {
    const outside = manualClasses([5, 60], data);
    expect('problem' in outside && outside.problem).toMatchObject({ reason: 'outside', value: 5 });
    if (!('problem' in outside)) throw new Error('expected a problem');
    expect(manualMessage('zh', outside.problem)).toMatch(/^断点 5 落在数据范围（13.8–96.2）/);
    expect(manualMessage('en', outside.problem)).toMatch(/^The break 5 is not inside the data \(13.8–96.2\)/);
    expect(manualMessage('en', { reason: 'not_increasing', at: 1, value: 50, previous: 60 })).not.toMatch(/classify ›/);
  });

  it('on the real pilots keep the method manual with the classes the breaks make', () => {
    const view = thematicView({ ...DEFAULT_STATE, method: 'manual', breaks: [50, 60, 70] }, records, pilots, docsOf)!;
    expect(view.model.method).toBe('manual');
    expect(view.model.classes).toHaveLength(4);
    expect(view.warnings).toEqual([]);
    const bad = thematicView({ ...DEFAULT_STATE, method: 'manual', breaks: [1, 2] }, records, pilots, docsOf)!;
    expect(bad.model.method).toBe('quantile');
    expect(bad.warnings.at(-1)).toMatch(/^断点 1 落在数据范围/);
  });
});

describe('colour schemes', () => {
  it('a diverging scheme asked for a sequential measure is not used (its middle would read as no data)', () => {
    const view = thematicView({ ...DEFAULT_STATE, scheme: 'PuOr' }, records, pilots, docsOf)!;
    expect(SCHEMES[view.model.scheme].kind).toBe('sequential');
    expect(view.warnings[0]).toMatch(/配色“PuOr”不适用于此指标/);
  });
});
