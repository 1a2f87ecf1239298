/**
 * Web Mercator as MapLibre draws it (512 px tiles): where a point falls on screen for a camera, and
 * the camera that fits an extent into a frame. Lets the first view be drawn before MapLibre has
 * loaded, in the camera the map is then created with, so nothing moves when the map takes over.
 */

/** Longitude to the world's x, 0–1 from 180° W. */
export const mercatorX = (lng: number): number => (lng + 180) / 360;

/** Latitude to the world's y, 0–1 from the north. */
export const mercatorY = (lat: number): number => (180 - (180 / Math.PI) * Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360))) / 360;

const latitudeOf = (y: number): number => (360 / Math.PI) * Math.atan(Math.exp(((180 - y * 360) * Math.PI) / 180)) - 90;

export interface FlatCamera {
  center: [number, number];
  zoom: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** The world's size in px at a zoom (MapLibre's tiles are 512 px). */
const worldSize = (zoom: number): number => 512 * 2 ** zoom;

/**
 * The camera (no bearing, no pitch) that shows `bounds` ([w, s, e, n]) as large as fits in a
 * `width` × `height` frame less `padding`, centred in the padded frame, no closer than `maxZoom`.
 */
export function fitCamera(bounds: readonly [number, number, number, number], width: number, height: number, padding: number | Padding, maxZoom = 22): FlatCamera {
  const p = typeof padding === 'number' ? { top: padding, right: padding, bottom: padding, left: padding } : padding;
  const [w, s, e, n] = bounds;
  const x0 = mercatorX(w);
  const x1 = mercatorX(e);
  const y0 = mercatorY(n);
  const y1 = mercatorY(s);
  const scale = Math.min((width - p.left - p.right) / Math.max(x1 - x0, 1e-12), (height - p.top - p.bottom) / Math.max(y1 - y0, 1e-12));
  const zoom = Math.min(Math.log2(scale / 512), maxZoom);
  const size = worldSize(zoom);
  // The extent's middle goes to the padded frame's middle: the centre moves by half the padding's difference.
  const cx = (x0 + x1) / 2 - (p.left - p.right) / 2 / size;
  const cy = (y0 + y1) / 2 - (p.top - p.bottom) / 2 / size;
  return { center: [cx * 360 - 180, latitudeOf(cy)], zoom };
}

/** Screen position (px from the frame's top left) of [lng, lat] for a camera centred in a `width` × `height` frame. */
export function projector(camera: FlatCamera, width: number, height: number): (lngLat: readonly [number, number]) => { x: number; y: number } {
  const size = worldSize(camera.zoom);
  const cx = mercatorX(camera.center[0]) * size;
  const cy = mercatorY(camera.center[1]) * size;
  return ([lng, lat]) => ({ x: mercatorX(lng) * size - cx + width / 2, y: mercatorY(lat) * size - cy + height / 2 });
}

/**
 * The camera moved as MapLibre moves it to keep the frame inside `bounds` ([w, s, e, n], the map's
 * maxBounds): the centre clamped so that no edge of the frame passes them. Null when the frame is
 * larger than the bounds at that zoom: MapLibre then zooms in, by its own rule, and the first view
 * is not drawn ahead of it.
 */
export function constrainCamera(camera: FlatCamera, bounds: readonly [number, number, number, number], width: number, height: number): FlatCamera | null {
  const size = worldSize(camera.zoom);
  const [w, s, e, n] = bounds;
  const [minX, maxX, minY, maxY] = [mercatorX(w) * size, mercatorX(e) * size, mercatorY(n) * size, mercatorY(s) * size];
  if (maxX - minX < width || maxY - minY < height) return null;
  const x = Math.min(Math.max(mercatorX(camera.center[0]) * size, minX + width / 2), maxX - width / 2);
  const y = Math.min(Math.max(mercatorY(camera.center[1]) * size, minY + height / 2), maxY - height / 2);
  return { center: [(x / size) * 360 - 180, latitudeOf(y / size)], zoom: camera.zoom };
}
