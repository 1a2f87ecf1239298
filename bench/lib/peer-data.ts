// Writes the ECharts peer's data from the app's built data (dist/data/), so both pages draw the same
// geometry and the same records: one GeoJSON for echarts.registerMap (every county of
// china.topo.json, then the pilots' own polygons on top), the pilots that are points, and
// indicators.json as it is.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { Feature, FeatureCollection, Geometry, Position } from 'geojson';
import type { Topology } from 'topojson-specification';
import { feature } from 'topojson-client';
import type { PilotPoint } from '../peers/echarts/choropleth.ts';

/**
 * The TopoJSON is quantized to ~0.003° × 0.0023°; 4 decimals (~10 m) keep every vertex distinct
 * without the 15-digit floats the dequantization produces. A dashboard's GeoJSON (e.g. DataV.GeoAtlas)
 * usually carries 6 decimals, so this favours the peer's byte count slightly.
 */
const round = (x: number) => Math.round(x * 1e4) / 1e4;

function roundGeometry(g: Geometry): Geometry {
  const ring = (r: Position[]) => r.map(([x, y]) => [round(x!), round(y!)]);
  switch (g.type) {
    case 'Polygon':
      return { type: 'Polygon', coordinates: g.coordinates.map(ring) };
    case 'MultiPolygon':
      return { type: 'MultiPolygon', coordinates: g.coordinates.map((p) => p.map(ring)) };
    default:
      return g;
  }
}

export interface PeerDataSummary {
  counties: number;
  pilotPolygons: number;
  pilotPoints: number;
  bytes: Record<string, number>;
}

export function writePeerData(distData: URL, outDir: URL): PeerDataSummary {
  const read = (name: string) => readFileSync(new URL(name, distData), 'utf8');
  const topo = JSON.parse(read('china.topo.json')) as Topology;
  const countiesObject = topo.objects.counties;
  if (!countiesObject) throw new Error('dist/data/china.topo.json has no objects.counties');
  const counties = feature(topo, countiesObject) as FeatureCollection;
  const pilots = JSON.parse(read('pilots.geojson')) as FeatureCollection;

  const features: Feature[] = [];
  for (const f of counties.features) {
    if (!f.geometry) continue;
    const p = f.properties as { id: string; name: string };
    features.push({ type: 'Feature', properties: { name: p.id, label: p.name }, geometry: roundGeometry(f.geometry) });
  }
  const points: PilotPoint[] = [];
  let pilotPolygons = 0;
  for (const f of pilots.features) {
    const p = f.properties as { id: string; name: string };
    if (f.geometry?.type === 'Point') {
      points.push({ id: p.id, name: p.name, coord: [f.geometry.coordinates[0]!, f.geometry.coordinates[1]!] });
    } else if (f.geometry) {
      pilotPolygons++;
      features.push({ type: 'Feature', properties: { name: p.id, label: p.name, pilot: true }, geometry: roundGeometry(f.geometry) });
    }
  }

  mkdirSync(outDir, { recursive: true });
  const map: FeatureCollection = { type: 'FeatureCollection', features };
  writeFileSync(new URL('china-pilots.geojson', outDir), JSON.stringify(map));
  writeFileSync(new URL('pilot-points.json', outDir), JSON.stringify(points));
  copyFileSync(new URL('indicators.json', distData), new URL('indicators.json', outDir));
  const size = (name: string) => readFileSync(new URL(name, outDir)).length;
  return {
    counties: counties.features.length,
    pilotPolygons,
    pilotPoints: points.length,
    bytes: Object.fromEntries(['china-pilots.geojson', 'pilot-points.json', 'indicators.json'].map((n) => [n, size(n)])),
  };
}
