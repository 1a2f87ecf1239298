// The benchmark's peer: the same choropleth as Pilot Atlas's national view, built the way most
// Chinese dashboards build it — Apache ECharts, a county-level GeoJSON registered with
// echarts.registerMap, a `geo` component with roam, a map series coloured through a piecewise
// visualMap, and a scatter series for the pilots that are points (towns, zones).
// Data comes from bench/peers/echarts/public/data/, written by bench/lib/peer-data.ts from the
// app's own dist/data/ (same geometry, same indicator records). No request leaves the origin.
import * as echarts from 'echarts/core';
import { MapChart, ScatterChart } from 'echarts/charts';
import { GeoComponent, TooltipComponent, VisualMapComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import type { FeatureCollection } from 'geojson';
import { BLUES_5, NEUTRAL, NO_DATA, type PilotPoint, quantileBreaks } from './choropleth.ts';

echarts.use([MapChart, ScatterChart, GeoComponent, TooltipComponent, VisualMapComponent, CanvasRenderer]);

declare global {
  interface Window {
    __peerReady?: boolean;
    __peerChart?: echarts.ECharts;
  }
}

interface IndicatorRecord {
  pilot: string;
  indicator: string;
  kind: string;
  year: number | null;
  value: number;
  scope?: string;
}

const getJson = async <T>(name: string): Promise<T> => {
  const response = await fetch(new URL(`data/${name}`, document.baseURI));
  if (!response.ok) throw new Error(`data/${name}: HTTP ${response.status}`);
  return (await response.json()) as T;
};

const [map, points, indicators] = await Promise.all([
  getJson<FeatureCollection>('china-pilots.geojson'),
  getJson<PilotPoint[]>('pilot-points.json'),
  getJson<{ records: IndicatorRecord[] }>('indicators.json'),
]);

// Baseline resident urbanization rate, the latest baseline year of each pilot, whole-pilot figures only.
const latest = new Map<string, { year: number; value: number }>();
for (const r of indicators.records) {
  if (r.indicator !== 'resident_urbanization_rate' || r.kind !== 'baseline' || r.scope) continue;
  const year = r.year ?? Number.NEGATIVE_INFINITY;
  const previous = latest.get(r.pilot);
  if (!previous || year > previous.year) latest.set(r.pilot, { year, value: r.value });
}
const breaks = quantileBreaks([...latest.values()].map((v) => v.value), 5);

echarts.registerMap('china-counties', map as unknown as Parameters<typeof echarts.registerMap>[1]);

const names = new Map<string, string>();
const pilotRegions: string[] = [];
for (const f of map.features) {
  const p = f.properties as { name: string; label: string; pilot?: boolean };
  names.set(p.name, p.label);
  if (p.pilot) pilotRegions.push(p.name);
}
for (const p of points) names.set(p.id, p.name);

const pieces = BLUES_5.slice(0, breaks.length + 1).map((color, i) => ({
  ...(i > 0 ? { gte: breaks[i - 1] } : {}),
  ...(i < breaks.length ? { lt: breaks[i] } : {}),
  label: breaks.length === 0 ? '' : i === 0 ? `< ${breaks[0]}%` : i === breaks.length ? `≥ ${breaks[i - 1]}%` : `${breaks[i - 1]}–${breaks[i]}%`,
  color,
}));

const chart = echarts.init(document.getElementById('chart')!, null, { renderer: 'canvas' });
window.__peerChart = chart;
chart.on('finished', function first() {
  chart.off('finished', first);
  window.__peerReady = true;
  document.documentElement.dataset.peerReady = 'true';
});

chart.setOption({
  animation: false,
  tooltip: {
    trigger: 'item',
    formatter: (p: { name: string; value?: number | number[] }) => {
      const v = Array.isArray(p.value) ? p.value[2] : p.value;
      return `${names.get(p.name) ?? p.name}${typeof v === 'number' && Number.isFinite(v) ? `<br/>常住人口城镇化率 ${v}%` : ''}`;
    },
  },
  visualMap: {
    type: 'piecewise',
    seriesIndex: [0, 1],
    pieces,
    outOfRange: { color: NO_DATA },
    left: 16,
    bottom: 16,
    text: ['常住人口城镇化率（基期）', ''],
    showLabel: true,
  },
  geo: {
    map: 'china-counties',
    roam: true,
    // The app's home view: mainland China and Hainan (the map itself also holds the South China Sea islands).
    boundingCoords: [
      [73, 53.8],
      [135.5, 17.5],
    ],
    scaleLimit: { min: 0.5, max: 400 },
    label: { show: false },
    itemStyle: { areaColor: NEUTRAL, borderColor: '#ddd5c6', borderWidth: 0.3 },
    emphasis: { label: { show: false }, itemStyle: { areaColor: '#f6e7b8' } },
    select: { disabled: true },
    regions: pilotRegions
      .filter((id) => !latest.has(id))
      .map((name) => ({ name, itemStyle: { areaColor: NO_DATA, borderColor: '#555', borderWidth: 0.6 } })),
  },
  series: [
    {
      type: 'map',
      geoIndex: 0,
      data: pilotRegions.filter((id) => latest.has(id)).map((name) => ({ name, value: latest.get(name)!.value })),
    },
    {
      type: 'scatter',
      coordinateSystem: 'geo',
      symbolSize: 7,
      itemStyle: { borderColor: '#333', borderWidth: 0.8 },
      data: points.filter((p) => latest.has(p.id)).map((p) => ({ name: p.id, value: [p.coord[0], p.coord[1], latest.get(p.id)!.value] })),
    },
    {
      // Points without a value: outside the visualMap, in the no-data grey.
      type: 'scatter',
      coordinateSystem: 'geo',
      symbolSize: 7,
      itemStyle: { color: NO_DATA, borderColor: '#333', borderWidth: 0.8 },
      data: points.filter((p) => !latest.has(p.id)).map((p) => ({ name: p.id, value: [p.coord[0], p.coord[1]] })),
    },
  ],
});
