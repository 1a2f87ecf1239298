import { z } from './zod.ts';

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
  note: z.string().optional(),
});

export const LayoutsIndexSchema = z.object({ layouts: z.array(LayoutIndexEntrySchema) });

export type LayoutIndexEntry = z.infer<typeof LayoutIndexEntrySchema>;
export type LayoutsIndex = z.infer<typeof LayoutsIndexSchema>;
