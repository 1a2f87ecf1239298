import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { gcj02ToWgs84 } from './datum.ts';
import { largestPolygon } from './measure.ts';
import type { KinmenCheck } from './schema.ts';
import type { SourceUnit } from './unit.ts';

const round6 = (p: Position): [number, number] => [Math.round(p[0]! * 1e6) / 1e6, Math.round(p[1]! * 1e6) / 1e6];
const roundRings = (rings: Position[][]) => rings.map((ring) => ring.map(round6));

/** Union of polygons that share exact borders (townships of one survey), via a topology. */
export function dissolve(geometries: (Polygon | MultiPolygon)[]): MultiPolygon {
  const features: Feature[] = geometries.map((geometry) => ({ type: 'Feature', properties: {}, geometry }));
  const parts: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ parts });
  const collection = topo.objects.parts as { type: 'GeometryCollection'; geometries: never[] };
  return merge(topo, collection.geometries);
}

/**
 * The datum check: 大金門 (the largest island of 金门) as Taiwan's survey draws it (WGS84) and
 * as Fujian's 350527 金门县 draws it, in the source's GCJ-02 and after conversion to WGS84.
 * The outlines are kept whole (full resolution, 1e-6°) so a test can measure them.
 */
export function kinmenCheck(taiwanKinmen: SourceUnit[], fujianKinmen: SourceUnit, sourceName: string): KinmenCheck {
  if (fujianKinmen.datum !== 'gcj02' || !fujianKinmen.geometry) throw new Error('kinmen check › 350527 must be the unconverted GCJ-02 unit');
  const taiwan = largestPolygon(dissolve(taiwanKinmen.map((u) => u.geometry!).filter(Boolean)));
  const gcj = largestPolygon(fujianKinmen.geometry);
  const wgs = gcj.map((ring) => ring.map(gcj02ToWgs84));
  const polygon = (coordinates: Position[][]) => ({ type: 'Polygon' as const, coordinates: roundRings(coordinates) });
  return {
    about:
      '大金門 outline from three sources, to test the GCJ-02 → WGS84 conversion of the build (tests/unit/geo/datum.test.ts).',
    source: sourceName,
    taiwanWgs84: {
      from: 'geojson/shape-with-internal-borders/tai2_wan1_jin1_men2_xian4.geojson (金門縣 townships, dissolved; Taiwan survey, WGS84)',
      geometry: polygon(taiwan),
    },
    fujianGcj02: {
      from: 'geojson/shape-with-internal-borders/fu2_jian4_quan2_zhou1.geojson (350527 金门县, AMap, GCJ-02 as published)',
      geometry: polygon(gcj),
    },
    fujianWgs84: {
      from: 'the same outline after gcoord GCJ-02 → WGS84, as the build converts every non-Taiwan vertex',
      geometry: polygon(wgs),
    },
  };
}
