import { z } from '../schema/zod.ts';
import { LngLatSchema } from '../schema/gazetteer.ts';
import { DEFAULTS } from './defaults.ts';

/**
 * data/layouts/<id>.json: a spatial plan (“三城三群”, “一核引领、三带贯通…”) as parts of elements
 * that refer to places, never to raw drawing (docs/contracts.md). The compiler (compile.ts) turns a
 * spec into a schematic overlay; every type here is inferred from its schema.
 */

const Text = z.string().min(1);
const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ascii slug (a-z, 0-9, single hyphens)');

/** A label in Chinese, or in Chinese and English. */
export const LabelSchema = z.union([Text, z.strictObject({ zh: Text, en: Text })], {
  error: 'must be a non-empty string or {zh, en}',
});

/**
 * A note in Chinese and English (`{zh, en}`): every shipped spec writes its notes so, and the app
 * shows the page language's. A plain string (a person's own draft) is accepted and shown as written.
 */
export const NoteSchema = z.union([Text, z.strictObject({ zh: Text, en: Text })], {
  error: 'must be a non-empty string or {zh, en}',
});

/** Optional name shown for a member (belt waypoint, cluster member), overriding the gazetteer's. */
const RefLabel = { label: Text.optional() };

/**
 * Where an element is: a county-level unit by its boundary-data adcode (2016 vintage, data/geo/README.md),
 * a gazetteer place (its id, Chinese name or an alias), or raw WGS84 coordinates.
 */
export const PlaceRefSchema = z.union(
  [
    z.strictObject({ adcode: z.string().regex(/^\d{6}$/, 'must be a 6-digit adcode'), ...RefLabel }),
    z.strictObject({ place: Text, ...RefLabel }),
    z.strictObject({ at: LngLatSchema, ...RefLabel }),
  ],
  { error: 'a place reference needs exactly one of {adcode}, {place} or {at} (plus an optional label)' },
);

const km = (what: string, max: number) =>
  z.number().refine((v) => v > 0 && v <= max, {
    error: (iss) => `${what} must be > 0 and ≤ ${max} km, got ${String(iss.input)}`,
  });
const RadiusKm = km('radius', DEFAULTS.maxRadiusKm);
const WidthKm = km('width', DEFAULTS.maxWidthKm);
const PadKm = km('padding', DEFAULTS.maxPadKm);

const atLeast = (n: number, what: string) =>
  z.array(PlaceRefSchema).refine((a) => a.length >= n, {
    error: (iss) => `${what} needs at least ${n} place${n > 1 ? 's' : ''}, got ${(iss.input as unknown[]).length}`,
  });

/** Arrowheads on a line: along the order of its places, both ways, or none. */
export const DirectionSchema = z.enum(['forward', 'both', 'none']);

/** Whose an element's member list is (see `membership` below). */
export const MEMBERSHIPS = ['text', 'reading'] as const;

/** Fields every element has. */
const common = {
  label: LabelSchema,
  /** 1-based line of the layout's source document the element comes from, when not the layout's own line. */
  line: z.number().int().min(1).optional(),
  /** Why the element is placed where it is, when that is a reading rather than the text ({zh, en}). */
  note: NoteSchema.optional(),
  /**
   * Whose the element's member list is: 'text' when the document names these places for this
   * element, 'reading' when assigning them to it is ours (the text names the element, not its members).
   */
  membership: z.enum(MEMBERSHIPS).optional(),
  /** The lines of the layout's document the membership rests on (1-based); required with membership. */
  basis: z.array(z.number().int().min(1)).min(1, 'basis needs at least one line').optional(),
};

export const CoreSchema = z.strictObject({
  kind: z.literal('core'),
  ...common,
  /** Union of these units; points (places without a polygon, or any place when radiusKm is set) are buffered. */
  area: atLeast(1, 'a core'),
  radiusKm: RadiusKm.optional(),
});
export const ZoneSchema = z.strictObject({
  kind: z.literal('zone'),
  ...common,
  area: atLeast(1, 'a zone'),
  radiusKm: RadiusKm.optional(),
});
const lineElement = <K extends 'belt' | 'axis' | 'corridor'>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    ...common,
    /** The places the smoothed centreline passes through, in order. */
    through: atLeast(2, `a ${kind}`),
    widthKm: WidthKm.optional(),
    direction: DirectionSchema.optional(),
  });
export const BeltSchema = lineElement('belt');
export const AxisSchema = lineElement('axis');
export const CorridorSchema = lineElement('corridor');
export const CircleSchema = z.strictObject({
  kind: z.literal('circle'),
  ...common,
  center: PlaceRefSchema,
  radiusKm: RadiusKm,
});
export const ClusterSchema = z.strictObject({
  kind: z.literal('cluster'),
  ...common,
  members: atLeast(1, 'a cluster'),
  /** How far the soft hull reaches beyond its members. */
  padKm: PadKm.optional(),
});
export const NodeSchema = z.strictObject({ kind: z.literal('node'), ...common, at: PlaceRefSchema });
export const LinkSchema = z.strictObject({
  kind: z.literal('link'),
  ...common,
  from: PlaceRefSchema,
  to: PlaceRefSchema,
  direction: DirectionSchema.optional(),
});

export const ELEMENT_KINDS = ['core', 'belt', 'axis', 'corridor', 'circle', 'cluster', 'zone', 'node', 'link'] as const;

export const ElementSchema = z.discriminatedUnion(
  'kind',
  [CoreSchema, BeltSchema, AxisSchema, CorridorSchema, CircleSchema, ClusterSchema, ZoneSchema, NodeSchema, LinkSchema],
  {
    error: (iss) =>
      iss.code === 'invalid_union'
        ? `unknown element kind ${JSON.stringify((iss.input as { kind?: unknown } | undefined)?.kind)} (expected one of ${ELEMENT_KINDS.join(', ')})`
        : undefined,
  },
);

export const PartSchema = z
  .strictObject({
    /** The part of the formula, as the text writes it: “三城”, “六圈聚力”. */
    part: Text,
    elements: z.array(ElementSchema),
  })
  .superRefine((p, ctx) => {
    if (p.elements.length === 0)
      ctx.addIssue({ code: 'custom', path: ['elements'], message: `empty part "${p.part}": a part needs at least one element` });
  });

export const LayoutSchema = z
  .strictObject({
    /** Also the file name: data/layouts/<id>.json. */
    id: Slug,
    /** The formula as the text writes it (simplified characters): “三城三群”. */
    formula: Text,
    title: LabelSchema,
    /** Gazetteer pilot id. */
    pilot: Slug,
    /** Manifest document id and the 1-based line where the formula stands. */
    source: z.strictObject({ doc: Slug, line: z.number().int().min(1) }),
    parts: z.array(PartSchema).min(1, 'a layout needs at least one part'),
    /** What is the text and what is our reading; what the text names but the spec leaves out ({zh, en}). */
    note: NoteSchema.optional(),
  })
  .superRefine((l, ctx) => {
    const seen = new Map<string, number>();
    l.parts.forEach((p, i) => {
      const first = seen.get(p.part);
      if (first !== undefined)
        ctx.addIssue({ code: 'custom', path: ['parts', i, 'part'], message: `duplicate part "${p.part}" (already parts[${first}])` });
      else seen.set(p.part, i);
      p.elements.forEach((e, j) => {
        if ((e.membership === undefined) !== (e.basis === undefined))
          ctx.addIssue({
            code: 'custom',
            path: ['parts', i, 'elements', j, e.membership === undefined ? 'membership' : 'basis'],
            message: 'membership and basis go together: say whose the member list is and the lines it rests on',
          });
      });
    });
  });

export type Label = z.infer<typeof LabelSchema>;
export type Note = z.infer<typeof NoteSchema>;
export type PlaceRef = z.infer<typeof PlaceRefSchema>;
export type Direction = z.infer<typeof DirectionSchema>;
export type Core = z.infer<typeof CoreSchema>;
export type Zone = z.infer<typeof ZoneSchema>;
export type Belt = z.infer<typeof BeltSchema>;
export type Axis = z.infer<typeof AxisSchema>;
export type Corridor = z.infer<typeof CorridorSchema>;
export type LineElement = Belt | Axis | Corridor;
export type Circle = z.infer<typeof CircleSchema>;
export type Cluster = z.infer<typeof ClusterSchema>;
export type Node = z.infer<typeof NodeSchema>;
export type Link = z.infer<typeof LinkSchema>;
export type Element = z.infer<typeof ElementSchema>;
export type Membership = (typeof MEMBERSHIPS)[number];
export type ElementKind = Element['kind'];
export type Part = z.infer<typeof PartSchema>;
export type Layout = z.infer<typeof LayoutSchema>;
