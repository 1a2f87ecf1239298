import { describe, expect, it } from 'vitest';
import type { LegendModel } from '../../../src/core/thematic/legend.ts';
import { legendContent } from '../../../src/map-export/legend-content.ts';
import { estimateText, LEGEND_METRICS, layoutLegend } from '../../../src/map-export/legend-layout.ts';
import { PILOT_PALETTE } from '../../../src/render/pilots-style.ts';

const model: LegendModel = {
  measure: 'urbanization_target',
  title: '常住人口城镇化率目标（2020年）',
  unit: '%',
  method: 'quantile',
  scheme: 'YlGnBu',
  breaks: [43.2, 59, 70, 94.5],
  classes: [
    { from: 43.2, to: 59, colour: '#edf8b1', count: 9, label: '43.2–59.0%' },
    { from: 59, to: 70, colour: '#7fcdbb', count: 17, label: '59.0–70.0%' },
    { from: 70, to: 94.5, colour: '#2c7fb8', count: 19, label: '70.0–94.5%' },
  ],
  noData: { colour: '#c8c8c8', count: 18, label: '无数据' },
  qualified: { about: 0, at_least: 2, at_most: 0 },
  note: '数值并列：分3类而非5类',
};

describe('legendContent', () => {
  it('lists the model’s classes highest first, as the map’s legend does, then no data, with colours, labels and counts', () => {
    const content = legendContent(model, 'zh');
    expect(content.title).toBe(model.title);
    expect(content.rows.map((r) => [r.colour, r.label, r.count])).toEqual([
      ['#2c7fb8', '70.0–94.5%', 19],
      ['#7fcdbb', '59.0–70.0%', 17],
      ['#edf8b1', '43.2–59.0%', 9],
      ['#c8c8c8', '无数据', 18],
    ]);
    expect(content.note).toBe(model.note);
  });

  it('keys the pilots drawn at an approximate extent last, dashed, where the picture draws some', () => {
    expect(legendContent(model, 'zh', {}, 18).rows.at(-1)).toEqual({ colour: PILOT_PALETTE.outline, label: '近似范围（虚线）', count: 18, shape: 'box', opacity: 0, edge: PILOT_PALETTE.outline, dash: [3, 2] });
    expect(legendContent(model, 'en', {}, 2).rows.at(-1)!.label).toBe('approximate extent (dashed)');
    expect(legendContent(model, 'zh', {}, 0).rows).toHaveLength(4);
  });

  it('without a model keys plain pilots: areas as red boxes, towns and zones as red dots', () => {
    const content = legendContent(undefined, 'en', { areas: 47, points: 16, areaOpacity: 0.6 });
    expect(content.title).toBe('New-urbanization pilots');
    expect(content.rows).toEqual([
      { colour: PILOT_PALETTE.fill, label: 'Pilot area', count: 47, shape: 'box', opacity: 0.6, edge: PILOT_PALETTE.outline },
      { colour: PILOT_PALETTE.fill, label: 'Pilot town or zone', count: 16, shape: 'circle' },
    ]);
    expect(legendContent(undefined, 'zh').rows.map((r) => r.count)).toEqual([null, null]);
  });
});

describe('layoutLegend', () => {
  const box = layoutLegend(legendContent(model, 'zh'), estimateText);

  it('puts rows one row height apart below the title, and the note below the last row', () => {
    const baselines = box.rows.map((r) => r.baseline);
    expect(baselines[0]).toBeGreaterThan(box.titleBaseline);
    baselines.slice(1).forEach((b, i) => expect(b - baselines[i]!).toBe(LEGEND_METRICS.rowHeight));
    expect(box.noteBaseline).toBeGreaterThan(baselines.at(-1)!);
    expect(box.height).toBeGreaterThan(box.noteBaseline!);
  });

  it('is wide enough for the longest label and its count, and for the title', () => {
    for (const r of box.rows) expect(box.labelX + estimateText(r.label, 12) + 14 + estimateText(r.countText, 12)).toBeLessThanOrEqual(box.countRight);
    expect(box.width).toBeGreaterThanOrEqual(estimateText(model.title, 14, true) + 20);
  });

  it('leaves the count column out when no count is known', () => {
    const plain = layoutLegend(legendContent(undefined, 'zh'), estimateText);
    expect(plain.rows.map((r) => r.countText)).toEqual(['', '']);
    expect(plain.noteBaseline).toBeNull();
  });

  it('estimates CJK characters at 1 em and Latin ones narrower', () => {
    expect(estimateText('南海诸岛', 10)).toBe(40);
    expect(estimateText('abcd', 10)).toBeLessThan(40);
  });
});
