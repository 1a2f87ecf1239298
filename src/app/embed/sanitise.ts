/**
 * A host page's partial state (`pilot-atlas:set-state`), checked key by key. Pure: no DOM.
 *
 * - Only the view state's own keys are read, by walking the list of known keys (never the
 *   message's keys), with Object.hasOwn: `toString`, `__proto__` and the like are never read
 *   and never become properties of the state.
 * - Each key stands alone: a bad value is dropped with a warning and leaves that key's current
 *   value (and every other key) as it was; `null` clears a key.
 * - `bounds` ([west, south, east, north] or "west,south,east,north") fit the map as the URL's do.
 * - The work a message can cause is bounded: at most the known keys are examined, strings and
 *   arrays are length-capped before they are converted, and an over-long query string is refused.
 */
import { DEFAULT_STATE, PARAM_KEYS, parseParam, parseState, type Camera, type ViewState } from '../../core/url-state.ts';

export const MESSAGE_LIMITS = {
  /** Longest query string accepted as a state (`'indicator=…&year=…'`). */
  maxQueryLength: 4096,
  /** Longest value of one key, as text. */
  maxValueLength: 200,
  /** Most numbers in an array value (manual breaks take at most 10). */
  maxArrayLength: 10,
};

export interface SanitisedState {
  /** The keys to change, with valid values only (null clears a key). A null-prototype object. */
  partial: Partial<ViewState>;
  /** One line per key dropped: `year: "abc" is not a year in 1949–2100; ignored`. */
  warnings: string[];
  /** How many keys of the message were looked at (bounded by the known keys, not by the message). */
  examined: number;
}

const show = (value: unknown): string => {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return `an array of ${value.length}`;
  return value === undefined ? 'undefined' : typeof value === 'object' ? 'an object' : typeof value;
};

/** A value as the text the URL would carry, or undefined when it cannot be one (within the limits). */
function asText(value: unknown): string | undefined {
  if (typeof value === 'string') return value.length <= MESSAGE_LIMITS.maxValueLength ? value : undefined;
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : undefined;
  if (Array.isArray(value)) {
    if (value.length > MESSAGE_LIMITS.maxArrayLength) return undefined;
    const items: string[] = [];
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      if (typeof item !== 'number' || !Number.isFinite(item)) return undefined;
      items.push(String(item));
    }
    return items.join(',');
  }
  return undefined;
}

/** A camera given as `{center: [lng, lat], zoom, bearing?, pitch?}`, checked as the URL's camera is. */
function asCamera(value: unknown): Camera | undefined {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const own = (key: string): unknown => (Object.hasOwn(value, key) ? (value as Record<string, unknown>)[key] : undefined);
  const center = own('center');
  if (!Array.isArray(center) || center.length !== 2) return undefined;
  const numbers = [center[0], center[1], own('zoom'), own('bearing') ?? 0, own('pitch') ?? 0];
  if (!numbers.every((n) => typeof n === 'number' && Number.isFinite(n))) return undefined;
  const [lng, lat, zoom, bearing, pitch] = numbers as number[];
  const { state, warnings } = parseState(`center=${lng},${lat}&zoom=${zoom}&bearing=${bearing}&pitch=${pitch}`);
  return warnings.length === 0 && state.camera ? state.camera : undefined;
}

/**
 * Bounds given as `[west, south, east, north]` (numbers) or as the URL's text `'west,south,east,north'`,
 * checked as the URL's are; undefined when invalid.
 */
function asBounds(value: unknown): [number, number, number, number] | undefined {
  const text = asText(value);
  if (text === undefined) return undefined;
  const { state, warnings } = parseState(`bounds=${encodeURIComponent(text)}`);
  return warnings.length === 0 && state.bounds ? state.bounds : undefined;
}

/** Reads a host's partial state: an object (`{indicator: 'x', year: 2020}`) or a query string. */
export function sanitiseState(input: unknown): SanitisedState {
  const partial = Object.create(null) as Record<string, unknown>;
  const warnings: string[] = [];
  let examined = 0;

  let get: (key: string) => { value: unknown } | undefined;
  if (typeof input === 'string') {
    if (input.length > MESSAGE_LIMITS.maxQueryLength) {
      return { partial, warnings: [`state: a query of ${input.length} characters is longer than ${MESSAGE_LIMITS.maxQueryLength}; ignored`], examined };
    }
    const params = new URLSearchParams(input);
    get = (key) => {
      const raw = params.get(key);
      return raw === null ? undefined : { value: raw === '' ? null : raw };
    };
    // A query carries the camera as center and zoom (and bearing, pitch), like the URL.
    if (params.has('center') || params.has('zoom')) {
      examined++;
      const { state, warnings: w } = parseState(
        ['center', 'zoom', 'bearing', 'pitch'].flatMap((k) => (params.has(k) ? [`${k}=${encodeURIComponent(params.get(k)!.slice(0, MESSAGE_LIMITS.maxValueLength))}`] : [])).join('&'),
      );
      if (state.camera && w.length === 0) partial.camera = state.camera;
      else warnings.push(...w.map((line) => `${line}; ignored`));
    }
  } else if (input !== null && typeof input === 'object' && !Array.isArray(input)) {
    get = (key) => (Object.hasOwn(input, key) ? { value: (input as Record<string, unknown>)[key] } : undefined);
    const camera = get('camera');
    if (camera) {
      examined++;
      if (camera.value === null) partial.camera = null;
      else {
        const checked = asCamera(camera.value);
        if (checked) partial.camera = checked;
        else warnings.push(`camera: ${show(camera.value)} is not {center: [longitude, latitude], zoom, bearing?, pitch?} in range; ignored`);
      }
    }
  } else {
    if (input !== undefined && input !== null) warnings.push(`state: ${show(input)} is neither an object nor a query string; ignored`);
    return { partial, warnings, examined };
  }

  // Bounds fit the map's own size, as `bounds=` in the URL does, and win over a camera given with them.
  const bounds = get('bounds');
  if (bounds) {
    examined++;
    if (bounds.value === null || bounds.value === '') partial.bounds = null;
    else {
      const checked = asBounds(bounds.value);
      if (checked) {
        partial.bounds = checked;
        delete partial.camera;
      } else warnings.push(`bounds: ${show(bounds.value)} is not [west, south, east, north] in degrees; ignored`);
    }
  }

  for (const key of PARAM_KEYS) {
    const given = get(key);
    if (!given) continue;
    examined++;
    const { value } = given;
    if (value === null || value === undefined || value === '') {
      // The language always has a value: clearing it means the default.
      partial[key] = key === 'lang' ? DEFAULT_STATE.lang : null;
      continue;
    }
    const text = asText(value);
    const parsed = text === undefined ? undefined : parseParam(key, text);
    if (parsed === undefined) warnings.push(`${key}: ${show(value)} is not valid; ignored`);
    else partial[key] = parsed;
  }
  return { partial: partial as Partial<ViewState>, warnings, examined };
}
