import { z } from '../schema/zod.ts';

/**
 * data/layouts/unplaceable.json: the formulas of the corpus that have no spec, or only part of one,
 * and why: a reviewer sees what the overlay leaves out, and what the gazetteer would need.
 */
export const UNPLACEABLE_REASONS = [
  'unnamed', // the text does not name the members (“一核一带十度假区”)
  'missing-places', // the members are named, but the gazetteer has no place for them
  'undelimited', // a named area the text gives no extent or members for (福州都市圈)
  'routes', // named roads or railways: lines, not places
  'not-spatial', // a slogan or a set of programmes, not places (“三大核心”: digital services)
] as const;

const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

export const UnplaceableEntrySchema = z.strictObject({
  /** As the text writes it, in simplified characters. */
  formula: z.string().min(1),
  doc: Slug,
  /** 1-based line where the formula stands. */
  line: z.number().int().min(1),
  /** Gazetteer pilot id. */
  pilot: Slug,
  reason: z.enum(UNPLACEABLE_REASONS),
  /** Why, in Chinese and English. */
  detail: z.strictObject({ zh: z.string().min(1), en: z.string().min(1) }),
  /** Places the gazetteer would need (reason missing-places). */
  missing: z.array(z.string().min(1)).optional(),
  /** The shipped spec that draws the rest of the formula, when there is one. */
  layout: Slug.optional(),
});

export const UnplaceableSchema = z.strictObject({
  about: z.string().min(1),
  formulas: z.array(UnplaceableEntrySchema),
});

export type UnplaceableReason = (typeof UNPLACEABLE_REASONS)[number];
export type UnplaceableEntry = z.infer<typeof UnplaceableEntrySchema>;
export type Unplaceable = z.infer<typeof UnplaceableSchema>;
