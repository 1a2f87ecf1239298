/**
 * Ids of the map's sources and layers that code outside the style refers to (to show, hide,
 * recolour or query them), in one place: the style modules define them, the app uses them.
 */

/** The pilots' areas (feature-state `hover`, `selected`) and their fill. */
export const PILOT_SOURCE = 'pilots';
export const PILOT_FILL_LAYER = 'pilots-fill';
/** One label point per pilot, and the layer that names them. */
export const PILOT_LABEL_SOURCE = 'pilot-labels';
export const PILOT_LABEL_LAYER = 'pilot-labels';
/** Markers of towns and zones (and of pilots drawn at an approximate extent), feature-state `hover`, `selected`. */
export const PILOT_POINT_SOURCE = 'pilot-points';
export const PILOT_POINT_LAYER = 'pilot-points';

/** China's provinces (feature-state `colour` in the province view, promoted `id`). */
export const PROVINCE_SOURCE = 'china-provinces';
/** The province view: provinces filled by the mean of their pilots. */
export const PROVINCE_CHOROPLETH_LAYER = 'province-choropleth';

/** The base map's names of counties and prefectures. */
export const COUNTY_LABEL_LAYER = 'china-county-labels';
export const PREFECTURE_LABEL_LAYER = 'china-prefecture-labels';
/** Names of neighbouring countries (upper case in English). */
export const COUNTRY_LABEL_LAYER = 'label-country';
/** Sea names: a person's own layers are drawn below them. */
export const SEA_LABEL_LAYER = 'label-sea';

/** Names that step aside under a plan overlay: the plan labels its own places. */
export const PLAN_HIDDEN_LABEL_LAYERS = [COUNTY_LABEL_LAYER, PREFECTURE_LABEL_LAYER, PILOT_LABEL_LAYER] as const;

/** A person's figures joined to China's units: one fill layer per level (feature-state `user` of `china-<level>`). */
export const userLevelLayer = (level: string) => `user-${level}`;
export const chinaLevelSource = (level: string) => `china-${level}`;
/** A person's own GeoJSON: its source and its fill, line and point layers. */
export const USER_GEOJSON_SOURCE = 'user-geojson';
export const USER_GEOJSON_LAYERS = { fill: 'user-geojson-fill', line: 'user-geojson-line', point: 'user-geojson-point' } as const;
