import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Geometry, Position } from 'geojson';
import type { AtlasData } from '../atlas-data.ts';
import { PALETTE } from '../../render/palette.ts';
import { CHINA_PALETTE } from '../../render/china-style.ts';
import { PILOT_FILL_REST, PILOT_PALETTE } from '../../render/pilots-style.ts';
import type { PilotSources } from './context.ts';

type Project = (lngLat: [number, number]) => { x: number; y: number };

/**
 * The first view, drawn at once on a 2D canvas over the WebGL map while the map loads its style,
 * tiles its sources in its worker and draws: the sea, the land, China's provinces and the pilots in
 * their classes' colours, each point put where the map puts it (`map.project`, the map's own camera),
 * so nothing moves when the map takes over. No labels: they come with the map. Returns the function
 * that takes the preview away (null pilots: the province view, whose colours come with the map), which the first view calls once the map has drawn; a move, a resize
 * or a click before then takes it away too, as it would not follow them.
 */
export function showPreview(map: MapLibreMap, data: AtlasData, pilots: PilotSources | null): () => void {
  const container = map.getContainer();
  const canvas = drawPreview(container.clientWidth, container.clientHeight, (p) => map.project(p), data, pilots);
  return canvas ? attachPreview(map, canvas) : () => {};
}

/**
 * The preview's picture (see showPreview) for a `width` × `height` frame, each point put by
 * `project`: the map's own, or, before MapLibre has loaded, Web Mercator in the camera the map
 * will be created with (first-paint.ts). Null for a frame of no size.
 */
export function drawPreview(width: number, height: number, project: Project, data: AtlasData, pilots: PilotSources | null): HTMLCanvasElement | null {
  const ratio = Math.min(window.devicePixelRatio || 1, 2);
  const canvas = document.createElement('canvas');
  canvas.className = 'atlas-preview';
  canvas.setAttribute('aria-hidden', 'true');
  canvas.width = Math.round(width * ratio);
  canvas.height = Math.round(height * ratio);
  const g = canvas.getContext('2d');
  if (!g || width === 0 || height === 0) return null;
  g.scale(ratio, ratio);

  const trace = (geometry: Geometry | null) => {
    const ring = (coordinates: Position[]) => {
      coordinates.forEach(([lng, lat], i) => {
        const p = project([lng!, lat!]);
        if (i === 0) g.moveTo(p.x, p.y);
        else g.lineTo(p.x, p.y);
      });
    };
    if (!geometry) return;
    if (geometry.type === 'Polygon') for (const r of geometry.coordinates) (ring(r), g.closePath());
    else if (geometry.type === 'MultiPolygon') for (const p of geometry.coordinates) for (const r of p) (ring(r), g.closePath());
    else if (geometry.type === 'MultiLineString') for (const l of geometry.coordinates) ring(l);
    else if (geometry.type === 'LineString') ring(geometry.coordinates);
  };
  const fill = (geometries: (Geometry | null)[], colour: string, alpha = 1) => {
    g.beginPath();
    for (const geometry of geometries) trace(geometry);
    g.globalAlpha = alpha;
    g.fillStyle = colour;
    g.fill('evenodd');
    g.globalAlpha = 1;
  };

  g.fillStyle = PALETTE.sea;
  g.fillRect(0, 0, width, height);
  fill(data.basemap.land.features.map((f) => f.geometry), PALETTE.land);
  fill(data.china.provinces.features.map((f) => f.geometry), CHINA_PALETTE.land);
  g.beginPath();
  trace(data.china.provinceLines);
  g.strokeStyle = CHINA_PALETTE.province;
  g.lineWidth = 0.6;
  g.stroke();
  // The pilots as the map's layers draw them: coloured by class, else the accent red, lighter.
  for (const f of pilots?.areas.features ?? []) {
    const colour = (f.properties as { colour?: string }).colour;
    const approximate = f.properties.extent === 'approximate';
    const rest = PILOT_FILL_REST;
    fill([f.geometry], colour ?? PILOT_PALETTE.fill, colour ? (approximate ? rest.classedApproximate : rest.classed) : approximate ? rest.plainApproximate : rest.plain);
  }
  for (const f of pilots?.markers.features ?? []) {
    const colour = (f.properties as { colour?: string }).colour;
    const p = project(f.geometry.coordinates as [number, number]);
    g.beginPath();
    g.arc(p.x, p.y, 5.25, 0, 2 * Math.PI);
    g.fillStyle = colour ?? PILOT_PALETTE.fill;
    g.fill();
    g.lineWidth = 1.5;
    g.strokeStyle = colour ? '#5a5a5a' : '#ffffff';
    g.stroke();
  }

  return canvas;
}

/**
 * Puts the preview's canvas over the map's canvas, below its controls and the page's legend and
 * title (moved there if it was drawn before the map), and returns the function that takes it away;
 * a move, a resize or a click on the map takes it away too.
 */
export function attachPreview(map: MapLibreMap, canvas: HTMLCanvasElement): () => void {
  const container = map.getContainer();
  map.getCanvasContainer().after(canvas);
  const remove = () => {
    canvas.remove();
    map.off('movestart', remove);
    map.off('resize', remove);
    container.removeEventListener('pointerdown', remove);
  };
  map.on('movestart', remove);
  map.on('resize', remove);
  container.addEventListener('pointerdown', remove);
  return remove;
}
