import { geoPath, type GeoProjection, type GeoStream } from 'd3-geo';
import { rewind } from '@turf/turf';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Defaults of the path writer. */
export const SVG_PATH_DEFAULTS = {
  /** Points closer than this to the last one kept are dropped, px: invisible, and they triple the file. */
  minStep: 0.35,
  /** Decimal places of path coordinates (0.1 px). */
  digits: 1,
};

/** Drops points within `minStep` px of the last point kept on a line or ring (its last point always stays). */
function thin(out: GeoStream, minStep: number): GeoStream {
  let last: [number, number] | null = null;
  let pending: [number, number] | null = null;
  return {
    point(x, y) {
      if (last && Math.hypot(x - last[0], y - last[1]) < minStep) {
        pending = [x, y];
        return;
      }
      last = [x, y];
      pending = null;
      out.point(x, y);
    },
    lineStart() {
      last = pending = null;
      out.lineStart();
    },
    lineEnd() {
      if (pending) out.point(pending[0], pending[1]);
      last = pending = null;
      out.lineEnd();
    },
    polygonStart: () => out.polygonStart(),
    polygonEnd: () => out.polygonEnd(),
    sphere: () => out.sphere?.(),
  };
}

/** An SVG path writer for a projection: `d` strings, thinned and rounded; '' for what falls outside. */
export function pathWriter(projection: GeoProjection, options = SVG_PATH_DEFAULTS): (object: Feature | Geometry) => string {
  const path = geoPath({ stream: (out: GeoStream) => projection.stream(thin(out, options.minStep)) }).digits(options.digits);
  return (object) => path(object) ?? '';
}

/**
 * Features wound as d3-geo reads rings on the sphere (exteriors clockwise, the reverse of GeoJSON's
 * RFC 7946 rule). Without it a ring fills the rest of the globe.
 */
export const forD3 = <F extends Feature | FeatureCollection>(object: F): F => rewind(object as Feature, { reverse: true }) as unknown as F;
