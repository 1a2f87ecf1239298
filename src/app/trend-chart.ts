import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import type { IndicatorRecord } from '../core/schema/indicators.ts';
import type { Lang } from '../core/url-state.ts';
import { formatValue } from '../core/format.ts';

const SVG = 'http://www.w3.org/2000/svg';

/** Series of the chart: the pilot's own resident and hukou urbanization rates (no scoped values). */
const SERIES = [
  { indicator: 'resident_urbanization_rate', colour: '#c4302b', name: { zh: '常住人口城镇化率', en: 'Resident' } },
  { indicator: 'hukou_urbanization_rate', colour: '#2f6690', name: { zh: '户籍人口城镇化率', en: 'Hukou' } },
] as const;

/** Defaults of the chart, px. */
const SIZE = { width: 320, height: 150, left: 34, right: 14, top: 12, bottom: 34 };

const svg = <K extends keyof SVGElementTagNameMap>(tag: K, attrs: Record<string, string | number>): SVGElementTagNameMap[K] => {
  const node = document.createElementNS(SVG, tag);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
};

/**
 * A small d3 chart of a pilot's urbanization rates, baseline → targets by year: one line per
 * series, dots at each stated figure, hollow dots with ≈/≥/≤ where the text qualifies it.
 * Returns null when the pilot states fewer than two dated rates.
 */
export function trendChart(records: readonly IndicatorRecord[], lang: Lang): SVGSVGElement | null {
  const series = SERIES.map((s) => ({
    ...s,
    points: records
      .filter((r) => r.indicator === s.indicator && !r.scope && r.year !== null)
      .map((r) => ({ year: r.year!, value: r.value, qualifier: r.qualifier, kind: r.kind }))
      .sort((a, b) => a.year - b.year)
      .filter((p, i, all) => i === 0 || p.year !== all[i - 1]!.year),
  })).filter((s) => s.points.length > 0);
  const all = series.flatMap((s) => s.points);
  if (all.length < 2) return null;
  const years = all.map((p) => p.year);
  const values = all.map((p) => p.value);
  const { width, height, left, right, top, bottom } = SIZE;
  const x = scaleLinear().domain([Math.min(...years), Math.max(...years)]).range([left, width - right]);
  const y = scaleLinear().domain([Math.max(0, Math.floor((Math.min(...values) - 5) / 10) * 10), Math.min(100, Math.ceil((Math.max(...values) + 5) / 10) * 10)]).range([height - bottom, top]).nice();

  const root = svg('svg', { viewBox: `0 0 ${width} ${height}`, width, height, class: 'trend-chart', role: 'img' });
  const title = document.createElementNS(SVG, 'title');
  title.textContent = lang === 'zh' ? '城镇化率：基期与目标' : 'Urbanization rate: baseline and targets';
  root.append(title);
  for (const tick of y.ticks(4)) {
    root.append(svg('line', { x1: left, x2: width - right, y1: y(tick), y2: y(tick), stroke: '#e6e1d6' }));
    const label = svg('text', { x: left - 4, y: y(tick) + 3, 'text-anchor': 'end', class: 'trend-tick' });
    label.textContent = `${tick}%`;
    root.append(label);
  }
  for (const year of [...new Set(years)]) {
    const label = svg('text', { x: x(year), y: height - bottom + 13, 'text-anchor': 'middle', class: 'trend-tick' });
    label.textContent = String(year);
    root.append(label);
  }
  const path = line<{ year: number; value: number }>()
    .x((p) => x(p.year))
    .y((p) => y(p.value));
  series.forEach((s, i) => {
    root.append(svg('path', { d: path(s.points) ?? '', fill: 'none', stroke: s.colour, 'stroke-width': 2, 'stroke-dasharray': '5 3' }));
    for (const p of s.points) {
      const exact = p.qualifier === 'exact';
      const dot = svg('circle', { cx: x(p.year), cy: y(p.value), r: 3.5, fill: exact ? s.colour : '#fff', stroke: s.colour, 'stroke-width': 1.6 });
      const tip = document.createElementNS(SVG, 'title');
      tip.textContent = `${s.name[lang]} ${p.year}: ${formatValue(p.value, p.qualifier, '%', lang)}`;
      dot.append(tip);
      root.append(dot);
    }
    const key = svg('text', { x: left + i * 130, y: height - 6, class: 'trend-key', fill: s.colour });
    key.textContent = `— ${s.name[lang]}`;
    root.append(key);
  });
  return root;
}
