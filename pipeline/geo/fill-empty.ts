import type { MultiPolygon, Polygon } from 'geojson';
import { isEmptyGeometry, type SourceUnit } from './unit.ts';

/** A replacement geometry for a unit whose own is empty, and where it came from. */
export interface Donor {
  geometry: Polygon | MultiPolygon;
  /** Must be the datum of the unit it fills. */
  from: string;
}

/** Fills empty geometries from donors keyed by unit id; an empty unit without a donor is an error. */
export function fillEmptyGeometries(units: SourceUnit[], donors: ReadonlyMap<string, Donor>): SourceUnit[] {
  return units.map((unit) => {
    if (!isEmptyGeometry(unit.geometry)) return unit;
    const donor = unit.id === null ? undefined : donors.get(unit.id);
    if (!donor || isEmptyGeometry(donor.geometry)) {
      throw new Error(`${unit.source} › "${unit.name}" (${unit.id}) has an empty geometry and no replacement`);
    }
    return { ...unit, geometry: donor.geometry, source: `${unit.source} (geometry from ${donor.from})` };
  });
}
