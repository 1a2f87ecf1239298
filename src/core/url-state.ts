import { roundTo } from './thematic/round.ts';

/**
 * The view state of the app and its URL query form (README, "The app's API"). Pure: parses any
 * string without throwing, keeps what is valid and reports what it dropped.
 */

export type Lang = 'zh' | 'en';

export interface Camera {
  /** [longitude, latitude], WGS84 degrees. */
  center: [number, number];
  zoom: number;
  /** Degrees clockwise from north. @default 0 */
  bearing: number;
  /** Degrees from vertical. @default 0 */
  pitch: number;
}

export interface ViewState {
  lang: Lang;
  indicator: string | null;
  year: number | null;
  classes: number | null;
  layout: string | null;
  pilot: string | null;
  story: string | null;
  /** Slide number of the story, from 1 (as the screen shows "1 / 6"); 0, from links made before, is the first. */
  slide: number | null;
  /** The part of the shown layout a story slide speaks of (“三带贯通”): drawn at full strength, the rest muted. */
  part: string | null;
  /** Classification: quantile, equal, jenks (natural breaks) or manual. */
  method: 'quantile' | 'equal' | 'jenks' | 'manual' | null;
  /** Manual class breaks, ascending. */
  breaks: number[] | null;
  /** Colour scheme id (ColorBrewer name). */
  scheme: string | null;
  /** Filters: a province (Chinese name), a level, a source document. */
  province: string | null;
  level: string | null;
  doc: string | null;
  /** 'table' shows the data table instead of the map. */
  view: 'table' | null;
  /** 'province' aggregates the measure by province. */
  agg: 'province' | null;
  /** The table's sort: a column key, `-` before it for descending (e.g. `-urbanization_baseline`). */
  sort: string | null;
  camera: Camera | null;
  /**
   * A region to show whole, [west, south, east, north] in degrees: the map fits it at its own size
   * (embeds, whose frames differ from the author's window) and again when resized, until the view
   * is moved. Given, it takes the place of the camera in the URL.
   */
  bounds: [number, number, number, number] | null;
}

/** The measure the atlas opens on: the baseline resident urbanization rate. `indicator=none` shows the pilots plainly. */
export const DEFAULT_INDICATOR = 'urbanization_baseline';

export const DEFAULT_STATE: ViewState = {
  lang: 'zh',
  indicator: DEFAULT_INDICATOR,
  year: null,
  classes: null,
  layout: null,
  pilot: null,
  story: null,
  slide: null,
  part: null,
  method: null,
  breaks: null,
  scheme: null,
  province: null,
  level: null,
  doc: null,
  view: null,
  agg: null,
  sort: null,
  camera: null,
  bounds: null,
};

export interface ParsedState {
  state: ViewState;
  /** One line per parameter that was present but not valid, e.g. `zoom: "abc" is not a number in 0–22`. */
  warnings: string[];
  /** The parameters dropped, with the value given (for a note to the user). */
  dropped?: { key: string; value: string }[];
}

const ID = /^[a-z0-9][a-z0-9_-]{0,63}$/;
const MAX_VALUE_LENGTH = 200;

const int = (min: number, max: number) => (raw: string) => {
  const n = Number(raw);
  return /^-?\d+$/.test(raw) && n >= min && n <= max ? n : undefined;
};
const id = (raw: string) => (ID.test(raw) ? raw : undefined);

/** Parsers of the scalar parameters: each returns undefined for an invalid value. */
const PARAMS: { [K in Exclude<keyof ViewState, 'camera' | 'bounds'>]: [parse: (raw: string) => ViewState[K] | undefined, expected: string] } = {
  lang: [(raw) => (raw === 'zh' || raw === 'en' ? raw : undefined), 'zh or en'],
  indicator: [(raw) => (raw === 'none' ? null : id(raw)), 'an id of lowercase letters, digits, - and _, or none'],
  year: [int(1949, 2100), 'a year in 1949–2100'],
  classes: [int(3, 9), 'an integer in 3–9'],
  layout: [id, 'an id of lowercase letters, digits, - and _'],
  pilot: [id, 'an id of lowercase letters, digits, - and _'],
  story: [id, 'an id of lowercase letters, digits, - and _'],
  slide: [int(0, 999), 'a slide number in 1–999'],
  part: [(raw) => (/^(?=.*\p{L})[\p{L}\p{N}·、-]{1,24}$/u.test(raw) ? raw : undefined), 'the name of a part of a layout'],
  method: [(raw) => (raw === 'quantile' || raw === 'equal' || raw === 'jenks' || raw === 'manual' ? raw : undefined), 'quantile, equal, jenks or manual'],
  breaks: [
    (raw) => {
      const values = raw.split(',').map(Number);
      return values.length >= 2 && values.length <= 10 && values.every(Number.isFinite) && values.every((v, i) => i === 0 || v > values[i - 1]!) ? values : undefined;
    },
    '2–10 increasing numbers separated by commas',
  ],
  scheme: [(raw) => (/^[A-Za-z]{2,12}$/.test(raw) ? raw : undefined), 'a colour scheme name'],
  province: [(raw) => (/^[\u4e00-\u9fff]{2,12}$/.test(raw) ? raw : undefined), 'a province name in Chinese'],
  level: [id, 'an id of lowercase letters, digits, - and _'],
  doc: [id, 'an id of lowercase letters, digits, - and _'],
  view: [(raw) => (raw === 'table' ? raw : undefined), 'table'],
  agg: [(raw) => (raw === 'province' ? raw : undefined), 'province'],
  sort: [(raw) => (/^-?[a-z][a-z0-9_-]{0,63}$/.test(raw) ? raw : undefined), 'a column id, with - before it for descending'],
};

const finite = (raw: string | null, min: number, max: number): number | undefined => {
  if (raw === null || raw.trim() === '') return undefined;
  const n = Number(raw);
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
};

/** Reads a query string (with or without the leading `?`) into a view state. Never throws. */
export function parseState(search: string): ParsedState {
  const warnings: string[] = [];
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(search);
  } catch {
    return { state: { ...DEFAULT_STATE }, warnings: ['query: not a valid query string'] };
  }
  const state: ViewState = { ...DEFAULT_STATE };
  const show = (raw: string) => JSON.stringify(raw.length > 40 ? `${raw.slice(0, 40)}…` : raw);
  const dropped: { key: string; value: string }[] = [];
  const drop = (key: string, raw: string) => dropped.push({ key, value: raw.length > 40 ? `${raw.slice(0, 40)}…` : raw });

  for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
    const raw = params.get(key);
    if (raw === null || raw === '') continue;
    const [parse, expected] = PARAMS[key];
    const value = raw.length <= MAX_VALUE_LENGTH ? parse(raw) : undefined;
    if (value === undefined) {
      warnings.push(`${key}: ${show(raw)} is not ${expected}`);
      drop(key, raw);
    } else (state as unknown as Record<string, unknown>)[key] = value;
  }

  const center = params.get('center');
  const zoom = params.get('zoom');
  if (center !== null || zoom !== null) {
    const [lngRaw, latRaw, ...rest] = (center ?? '').split(',');
    const lng = rest.length === 0 ? finite(lngRaw ?? null, -180, 180) : undefined;
    const lat = rest.length === 0 ? finite(latRaw ?? null, -85, 85) : undefined;
    const z = finite(zoom, 0, 22);
    if (lng === undefined || lat === undefined) {
      warnings.push(`center: ${show(center ?? '')} is not "longitude,latitude" in degrees`);
      drop('center', center ?? '');
    }
    if (z === undefined) {
      warnings.push(`zoom: ${show(zoom ?? '')} is not a number in 0–22`);
      drop('zoom', zoom ?? '');
    }
    if (lng !== undefined && lat !== undefined && z !== undefined) {
      const bearingRaw = params.get('bearing');
      const pitchRaw = params.get('pitch');
      const bearing = bearingRaw === null ? 0 : finite(bearingRaw, -180, 180);
      const pitch = pitchRaw === null ? 0 : finite(pitchRaw, 0, 85);
      if (bearing === undefined) {
        warnings.push(`bearing: ${show(bearingRaw ?? '')} is not a number in -180–180`);
        drop('bearing', bearingRaw ?? '');
      }
      if (pitch === undefined) {
        warnings.push(`pitch: ${show(pitchRaw ?? '')} is not a number in 0–85`);
        drop('pitch', pitchRaw ?? '');
      }
      state.camera = { center: [lng, lat], zoom: z, bearing: bearing ?? 0, pitch: pitch ?? 0 };
    }
  }
  const bounds = params.get('bounds');
  if (bounds !== null && bounds !== '') {
    state.bounds = parseBounds(bounds);
    if (!state.bounds) {
      warnings.push(`bounds: ${show(bounds)} is not "west,south,east,north" in degrees`);
      drop('bounds', bounds);
    } else state.camera = null; // bounds fit the map's own size: they win over a center and zoom
  }
  return dropped.length > 0 ? { state, warnings, dropped } : { state, warnings };
}

/**
 * One value of a scalar parameter as the URL gives it (`year`, "2020"): the parsed value, or
 * undefined when it is not valid. The same parsers as parseState.
 */
export function parseParam<K extends Exclude<keyof ViewState, 'camera' | 'bounds'>>(key: K, raw: string): ViewState[K] | undefined {
  if (!Object.hasOwn(PARAMS, key) || raw.length > MAX_VALUE_LENGTH) return undefined;
  return PARAMS[key][0](raw) as ViewState[K] | undefined;
}

/** The scalar parameters, in the order the URL writes them. */
export const PARAM_KEYS = Object.keys(PARAMS) as Exclude<keyof ViewState, 'camera' | 'bounds'>[];

/**
 * Whether `slide`, as this state stores it (from 1, as the screen shows it), is a slide of a story
 * with `count` slides; 0, which links counted from 0 wrote for the first slide, is one too.
 * The one place that knows the base: the story player and the URL check use it.
 */
export const slideInRange = (slide: number, count: number): boolean => Number.isInteger(slide) && slide >= 0 && slide <= count;

/** Writes a view state as a query string (no leading `?`), leaving out defaults. Stable key order. */
export function serializeState(state: ViewState): string {
  const params = new URLSearchParams();
  for (const key of Object.keys(PARAMS) as (keyof typeof PARAMS)[]) {
    const value = state[key];
    // A key whose default is a value (the measure) writes its absence as `none`.
    if (value === null && DEFAULT_STATE[key] !== null) params.set(key, 'none');
    else if (value !== null && value !== DEFAULT_STATE[key]) params.set(key, Array.isArray(value) ? value.join(',') : String(value));
  }
  const camera = state.camera;
  if (state.bounds) params.set('bounds', state.bounds.map((v) => roundTo(v, 3)).join(','));
  else if (camera) {
    params.set('center', `${roundTo(camera.center[0], 4)},${roundTo(camera.center[1], 4)}`);
    params.set('zoom', String(roundTo(camera.zoom, 2)));
    if (roundTo(camera.bearing, 1) !== 0) params.set('bearing', String(roundTo(camera.bearing, 1)));
    if (roundTo(camera.pitch, 1) !== 0) params.set('pitch', String(roundTo(camera.pitch, 1)));
  }
  // Commas are legal in a query; keep `center=119.5,26.0` readable.
  return params.toString().replace(/%2C/g, ',');
}

/** `west,south,east,north` in degrees, west < east and south < north; null if not that. */
function parseBounds(raw: string): [number, number, number, number] | null {
  const parts = raw.split(',');
  if (parts.length !== 4 || raw.length > MAX_VALUE_LENGTH) return null;
  const [w, s, e, n] = parts.map((p, i) => finite(p, i % 2 ? -85 : -180, i % 2 ? 85 : 180));
  return w !== undefined && s !== undefined && e !== undefined && n !== undefined && w < e && s < n ? [w, s, e, n] : null;
}

/** Merges a partial state into a state, returning a new object. */
export function mergeState(state: ViewState, partial: Partial<ViewState>): ViewState {
  return { ...state, ...partial };
}
