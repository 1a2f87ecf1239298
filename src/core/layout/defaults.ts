/** Every number the layout compiler assumes when a spec does not say. */
export const DEFAULTS = {
  /** Radius around a point in a core or zone without radiusKm, km. */
  areaRadiusKm: 5,
  /** Full width of a belt (带), km. */
  beltWidthKm: 14,
  /** Full width of an axis (轴), km. */
  axisWidthKm: 6,
  /** Full width of a corridor (廊), km. */
  corridorWidthKm: 8,
  /** Arrowheads of belts, axes and corridors: a development band reaches both ways. */
  lineDirection: 'both',
  /** Arrowheads of links: from → to. */
  linkDirection: 'forward',
  /** How far a cluster's soft hull reaches beyond its members, km. */
  clusterPadKm: 3,
  /** Vertices of a circle (a 64-gon's area is 0.16 % short of the circle's). */
  circleSteps: 64,
  /** Segments per quarter circle in buffers (turf/jsts). */
  bufferSteps: 8,
  /** Points per segment between two places of a smoothed centreline. */
  splinePointsPerSegment: 16,
  /** Sideways bulge of a link's arc, as a fraction of its chord. */
  arcBulge: 0.12,
  /** Points of a link's arc. */
  arcPoints: 33,
  /** Decimal places kept in output coordinates (5 ≈ 1 m). */
  precision: 5,
  /** Largest radius a circle, core or zone may have, km. */
  maxRadiusKm: 500,
  /** Largest width of a belt, km. */
  maxWidthKm: 200,
  /** Largest padding of a cluster, km. */
  maxPadKm: 50,
} as const;
