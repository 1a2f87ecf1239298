import { z } from './zod.ts';

const Position = z.array(z.number()).min(2).max(3);

/** Properties of a pilots.geojson feature (a contract other tools read). */
export const PilotPropsSchema = z.object({
  id: z.string(),
  name: z.string(),
  nameEn: z.string(),
  /** Toneless pinyin of each character of `name` (ü as v), from the build: 狮山镇 → ["shi", "shan", "zhen"]. */
  pinyin: z.array(z.string()).optional(),
  province: z.string(),
  level: z.string(),
  approximate: z.boolean(),
  /**
   * How the geometry stands for the pilot: `boundary`, its units' boundaries; `approximate`, an
   * extent of the area its document states, drawn around its centre for want of a boundary (or the
   * counties a new area overlaps); `point`, a marker that claims no extent.
   */
  extent: z.enum(['boundary', 'approximate', 'point']).optional(),
  /** Why the drawn extent differs from the document's (approximate extent, boundary vintage, area off). */
  extentNote: z.object({ zh: z.string(), en: z.string() }).optional(),
  /** [lng, lat] an approximate extent is drawn around (its marker on small-scale maps). */
  centre: z.tuple([z.number(), z.number()]).optional(),
  /** [lng, lat] where an areal pilot's name goes: the pole of inaccessibility of its largest part, from the build. */
  label: z.tuple([z.number(), z.number()]).optional(),
});

/** dist/data/pilots.geojson: one feature per pilot, its polygon where it has one and its point otherwise. */
export const PilotsFileSchema = z.object({
  type: z.literal('FeatureCollection'),
  features: z.array(
    z.object({
      type: z.literal('Feature'),
      properties: PilotPropsSchema,
      geometry: z.discriminatedUnion('type', [
        z.object({ type: z.literal('Point'), coordinates: Position }),
        z.object({ type: z.literal('Polygon'), coordinates: z.array(z.array(Position)) }),
        z.object({ type: z.literal('MultiPolygon'), coordinates: z.array(z.array(z.array(Position))) }),
      ]),
    }),
  ),
});

export type PilotProps = z.infer<typeof PilotPropsSchema>;
export type PilotsFile = z.infer<typeof PilotsFileSchema>;
export type PilotFeature = PilotsFile['features'][number];
