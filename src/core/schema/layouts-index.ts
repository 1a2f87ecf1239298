import { z } from './zod.ts';

/** A note of a plan: `{zh, en}` as shipped, or a plain string as a person wrote it in a draft. */
export const NoteTextSchema = z.union([z.string(), z.object({ zh: z.string(), en: z.string() })]);
export type NoteText = z.infer<typeof NoteTextSchema>;

/** One entry of data/layouts-index.json: what the app lists and where the camera goes. */
export const LayoutIndexEntrySchema = z.object({
  id: z.string(),
  formula: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** Gazetteer id of the pilot whose plan it is. */
  pilot: z.string(),
  source: z.object({ doc: z.string(), line: z.number().int().positive() }),
  /** [west, south, east, north] of the compiled features. */
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  /** Element kinds present, for the legend. */
  kinds: z.array(z.string()),
  note: NoteTextSchema.optional(),
});

export const LayoutsIndexSchema = z.object({ layouts: z.array(LayoutIndexEntrySchema) });

export type LayoutIndexEntry = z.infer<typeof LayoutIndexEntrySchema>;
export type LayoutsIndex = z.infer<typeof LayoutsIndexSchema>;

/** One element of a plan, as the plan's tooltip, detail and legend describe it. */
export const LayoutElementInfoSchema = z.object({
  part: z.string(),
  partIndex: z.number().int().min(0),
  elementIndex: z.number().int().min(0),
  kind: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  /** 1-based line of the layout's document the element comes from. */
  line: z.number().int().positive(),
  /** 'text': the document names the members; 'reading': assigning them is ours. */
  membership: z.enum(['text', 'reading']).optional(),
  /** Lines the membership rests on. */
  basis: z.array(z.number().int().positive()).optional(),
  /**
   * Where the element's points come from, as counts of its places: gazetteer government seats and
   * rough positions (both approximate, from general knowledge), and points inside units given by
   * boundary id that the gazetteer has no seat for. Places drawn as their boundary polygons are not counted.
   */
  positions: z.object({ seat: z.number().int().positive(), approx: z.number().int().positive(), anchor: z.number().int().positive() }).partial().optional(),
  /** Why the element is placed so (NoteText: {zh, en} as shipped). */
  note: NoteTextSchema.optional(),
});

/** A part of a plan's formula that is not drawn (from data/layouts/unplaceable.json), and why. */
export const UndrawnPartSchema = z.object({
  formula: z.string(),
  doc: z.string(),
  line: z.number().int().positive(),
  reason: z.string(),
  detail: z.object({ zh: z.string(), en: z.string() }),
  missing: z.array(z.string()).optional(),
});

/** data/layouts-details.json: per layout id, loaded with the overlays' features on first use. */
export const LayoutsDetailsSchema = z.object({
  layouts: z.record(
    z.string(),
    z.object({ elements: z.array(LayoutElementInfoSchema), undrawn: z.array(UndrawnPartSchema), note: NoteTextSchema.optional() }),
  ),
});

export type LayoutElementInfo = z.infer<typeof LayoutElementInfoSchema>;
export type UndrawnPart = z.infer<typeof UndrawnPartSchema>;
export type LayoutsDetails = z.infer<typeof LayoutsDetailsSchema>;
export type LayoutDetails = LayoutsDetails['layouts'][string];
