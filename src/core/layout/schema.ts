import { z } from '../schema/zod.ts';
import { LngLatSchema } from '../schema/gazetteer.ts';
import { DEFAULTS } from './defaults.ts';

/**
 * data/layouts/<id>.json: a spatial plan (“三城三群”, “一核引领、三带贯通…”) as parts of elements
 * that refer to places, never to raw drawing (docs/contracts.md). The compiler (compile.ts) turns a
 * spec into a schematic overlay; every type here is inferred from its schema.
 */

/**
 * Chinese for the fixed English messages below (the editor shows the page language's; schema-zh.ts
 * words zod's own issues and reads this table). Messages with names or numbers in them carry their
 * Chinese in the issue's `params.zh` instead.
 */
export const SCHEMA_ZH = new Map<string, string>();
const said = (en: string, zh: string): string => {
  SCHEMA_ZH.set(en, zh);
  return en;
};
/** A custom issue in both languages (superRefine's ctx.addIssue). */
const issue = (message: string, zh: string, path?: PropertyKey[]) => ({ code: 'custom' as const, message, params: { zh }, ...(path ? { path } : {}) });

const Text = z.string().min(1);
const Slug = z
  .string()
  .regex(
    /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
    said('must be a lowercase ascii slug (a-z, 0-9, single hyphens)', '应为小写 ASCII 标识（a-z、0-9，单个连字符 - 相隔）'),
  );

/** A label in Chinese, or in Chinese and English. */
const TEXT_OR_BOTH = said('must be a non-empty string or {zh, en}', '应为非空字符串，或 {zh, en}');
export const LabelSchema = z.union([Text, z.strictObject({ zh: Text, en: Text })], { error: TEXT_OR_BOTH });

/**
 * A note in Chinese and English (`{zh, en}`): every shipped spec writes its notes so, and the app
 * shows the page language's. A plain string (a person's own draft) is accepted and shown as written.
 */
export const NoteSchema = z.union([Text, z.strictObject({ zh: Text, en: Text })], { error: TEXT_OR_BOTH });

/** Optional name shown for a member (belt waypoint, cluster member), overriding the gazetteer's. */
const RefLabel = { label: Text.optional() };

/**
 * Where an element is: a county-level unit by its boundary-data adcode (2016 vintage, data/geo/README.md),
 * a gazetteer place (its id, Chinese name or an alias), or raw WGS84 coordinates.
 */
export const PlaceRefSchema = z.union(
  [
    z.strictObject({ adcode: z.string().regex(/^\d{6}$/, said('must be a 6-digit adcode', '应为 6 位数字的行政区划代码（adcode）')), ...RefLabel }),
    z.strictObject({ place: Text, ...RefLabel }),
    z.strictObject({ at: LngLatSchema, ...RefLabel }),
  ],
  {
    error: said(
      'a place reference needs exactly one of {adcode}, {place} or {at} (plus an optional label)',
      '地点引用须且只须有 {adcode}、{place}、{at} 之一（可另加 label）',
    ),
  },
);

const km = (what: string, whatZh: string, max: number) =>
  z.number().superRefine((v, ctx) => {
    if (!(v > 0 && v <= max)) ctx.addIssue(issue(`${what} must be > 0 and ≤ ${max} km, got ${String(v)}`, `${whatZh}应 > 0 且 ≤ ${max} 千米，实为 ${String(v)}`));
  });
const RadiusKm = km('radius', '半径', DEFAULTS.maxRadiusKm);
const WidthKm = km('width', '宽度', DEFAULTS.maxWidthKm);
const PadKm = km('padding', '外扩距离', DEFAULTS.maxPadKm);

const atLeast = (n: number, what: string, whatZh: string) =>
  z.array(PlaceRefSchema).superRefine((a, ctx) => {
    if (a.length < n)
      ctx.addIssue(issue(`${what} needs at least ${n} place${n > 1 ? 's' : ''}, got ${a.length}`, `${whatZh}至少需要 ${n} 个地方，实有 ${a.length} 个`));
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
  basis: z.array(z.number().int().min(1)).min(1, said('basis needs at least one line', 'basis 至少要有一行')).optional(),
};

export const CoreSchema = z.strictObject({
  kind: z.literal('core'),
  ...common,
  /** Union of these units; points (places without a polygon, or any place when radiusKm is set) are buffered. */
  area: atLeast(1, 'a core', '核（core）'),
  radiusKm: RadiusKm.optional(),
});
export const ZoneSchema = z.strictObject({
  kind: z.literal('zone'),
  ...common,
  area: atLeast(1, 'a zone', '区（zone）'),
  radiusKm: RadiusKm.optional(),
});
/** The line kinds' Chinese names, for messages. */
const LINE_ZH = { belt: '带', axis: '轴', corridor: '廊道' } as const;
const lineElement = <K extends 'belt' | 'axis' | 'corridor'>(kind: K) =>
  z.strictObject({
    kind: z.literal(kind),
    ...common,
    /** The places the smoothed centreline passes through, in order. */
    through: atLeast(2, `a ${kind}`, `${LINE_ZH[kind]}（${kind}）`),
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
  members: atLeast(1, 'a cluster', '群（cluster）'),
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
      ctx.addIssue(issue(`empty part "${p.part}": a part needs at least one element`, `部分 "${p.part}" 是空的：每个部分至少要有一个元素`, ['elements']));
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
    parts: z.array(PartSchema).min(1, said('a layout needs at least one part', '布局至少要有一个部分（part）')),
    /** What is the text and what is our reading; what the text names but the spec leaves out ({zh, en}). */
    note: NoteSchema.optional(),
  })
  .superRefine((l, ctx) => {
    const seen = new Map<string, number>();
    l.parts.forEach((p, i) => {
      const first = seen.get(p.part);
      if (first !== undefined)
        ctx.addIssue(issue(`duplicate part "${p.part}" (already parts[${first}])`, `部分 "${p.part}" 重复（已是 parts[${first}]）`, ['parts', i, 'part']));
      else seen.set(p.part, i);
      p.elements.forEach((e, j) => {
        if ((e.membership === undefined) !== (e.basis === undefined))
          ctx.addIssue(
            issue(
              'membership and basis go together: say whose the member list is and the lines it rests on',
              'membership 与 basis 须同时给出：说明成员名单出自谁，以及所依据的行',
              ['parts', i, 'elements', j, e.membership === undefined ? 'membership' : 'basis'],
            ),
          );
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
