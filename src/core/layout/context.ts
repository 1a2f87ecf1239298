import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { LngLat } from '../schema/gazetteer.ts';

export type Areal = Polygon | MultiPolygon;

/** What a place name or id stands for. */
export interface PlaceHit {
  /** WGS84 [lng, lat]: the seat of a unit, or a rough position for an area. */
  at: LngLat;
  /** Boundary-data id when the place is itself a county-level unit (then a zone can use its polygon). */
  adcode?: string;
  /** Gazetteer id, for messages. */
  id?: string;
  /** Names shown for the place as a member of a belt or cluster. */
  name?: string;
  nameEn?: string;
  /** How the gazetteer knows the position: `seat` (a government seat) or `approx` (a rough position); both from general knowledge. */
  precision?: 'seat' | 'approx';
}

/**
 * Everything the compiler needs from outside, injected by whoever calls it (core never reads files):
 * build it with `layoutContext(gazetteer, counties)` (gazetteer-context.ts) or by hand in tests.
 */
export interface LayoutContext {
  /**
   * A gazetteer place by id, Chinese name or alias; an array when a name is shared by several places
   * (the compiler then asks for an id). A 6-digit adcode may answer with that unit's seat.
   */
  places: (key: string) => PlaceHit | readonly PlaceHit[] | undefined;
  /** The polygon of a county-level unit by its boundary-data id. */
  counties: (adcode: string) => Areal | undefined;
  /**
   * Optional: the union of several units, when the boundaries can do it better than a polygon union
   * (TopoJSON merges along shared arcs: faster, and without slivers along the seams).
   */
  mergeCounties?: (adcodes: readonly string[]) => Areal | undefined;
  /** The name of a county-level unit, shown when a member is given by adcode. */
  countyName?: (adcode: string) => string | undefined;
  /** Known pilot ids (gazetteer) and document ids (manifest): when given, a spec citing another is an error. */
  pilotIds?: ReadonlySet<string>;
  docIds?: ReadonlySet<string>;
}

/** A county feature as the boundary data has it (data/geo: properties.id, properties.name). */
export type CountyFeature = Feature<Areal | null, { id: string; name?: string; idCurrent?: string } | null>;
