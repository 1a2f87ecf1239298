import type { Feature, Geometry } from 'geojson';
import type { LngLat } from '../schema/gazetteer.ts';
import type { LayoutContext } from './context.ts';
import { DEFAULTS } from './defaults.ts';
import { finiteGeometry, roundCoords } from './coords.ts';
import type { Direction, Element, ElementKind, Label } from './schema.ts';

/** What a feature is for: the renderer styles by it. */
export type Role = 'area' | 'line' | 'centreline' | 'point' | 'label';

/**
 * Properties of every compiled feature. `layout`, `formula`, `part`, `kind` and `label` are the
 * contract other tools read (docs/contracts.md); the rest help rendering and provenance.
 */
export interface LayoutFeatureProps {
  layout: string;
  formula: string;
  part: string;
  kind: ElementKind;
  /** Text to show: the element's label, or for a member point the member's name. */
  label: string;
  labelEn?: string;
  role: Role;
  /** The element's own label (equal to `label` except on member points). */
  element: string;
  pilot: string;
  doc: string;
  /** 1-based line of `doc` the element comes from. */
  line: number;
  partIndex: number;
  elementIndex: number;
  /** On the places a belt passes through and the members of a cluster. */
  member?: true;
  /** Arrowheads of centrelines and links, in the order of their coordinates. */
  direction?: Direction;
  radiusKm?: number;
  widthKm?: number;
  /** Every overlay is a schematic, never a survey; the map says so. */
  schematic: true;
}

export type LayoutFeature = Feature<Geometry, LayoutFeatureProps>;

const zh = (l: Label) => (typeof l === 'string' ? l : l.zh);
const en = (l: Label) => (typeof l === 'string' ? undefined : l.en);

/** What an element's compiler receives besides the element: the context and a feature factory. */
export interface KindContext {
  ctx: LayoutContext;
  /** Makes a feature of this element; `extra` may override label (member points) and add fields. */
  feature(role: Role, geometry: Geometry, extra?: Partial<LayoutFeatureProps>): LayoutFeature;
  /** A Point feature. */
  pointFeature(role: Role, at: LngLat, extra?: Partial<LayoutFeatureProps>): LayoutFeature;
}

/** The feature factory for one element of one layout. */
export function kindContext(
  ctx: LayoutContext,
  base: { layout: string; formula: string; pilot: string; doc: string; line: number; part: string; partIndex: number; elementIndex: number },
  element: Element,
): KindContext {
  const labelEn = en(element.label);
  const props = {
    ...base,
    line: element.line ?? base.line,
    kind: element.kind,
    label: zh(element.label),
    ...(labelEn ? { labelEn } : {}),
    element: zh(element.label),
    schematic: true as const,
  };
  const feature = (role: Role, geometry: Geometry, extra: Partial<LayoutFeatureProps> = {}): LayoutFeature => {
    if (!finiteGeometry(geometry)) throw new Error(`a ${role} geometry has no finite coordinates`);
    const properties = { ...props, role, ...extra } as LayoutFeatureProps;
    for (const key of Object.keys(properties) as (keyof LayoutFeatureProps)[])
      if (properties[key] === undefined) delete properties[key];
    return { type: 'Feature', properties, geometry: roundCoords(geometry, DEFAULTS.precision) };
  };
  return {
    ctx,
    feature,
    pointFeature: (role, at, extra) => feature(role, { type: 'Point', coordinates: [at[0], at[1]] }, extra),
  };
}

/** Member-point extras: the member's own name (and English name, if known) as the label. */
export function memberProps(name: string, nameEn: string | undefined): Partial<LayoutFeatureProps> {
  return { member: true, label: name, labelEn: nameEn };
}
