import { z } from './zod.ts';

/** Where a value stands: manifest id, 1-based line of the number, the sentence it came from. */
export const SourceRefSchema = z.object({
  doc: z.string(),
  line: z.number().int().positive(),
  text: z.string(),
});

export const QualifierSchema = z.enum(['exact', 'about', 'at_least', 'at_most']);

/** One extracted value (a contract: docs/contracts.md). */
export const IndicatorRecordSchema = z.object({
  /** Gazetteer id of the pilot. */
  pilot: z.string(),
  /** The pilot's name as its document writes it. */
  pilotName: z.string(),
  indicator: z.string(),
  kind: z.enum(['baseline', 'target']),
  /** The year the value refers to; null only where the text gives none. */
  year: z.number().int().nullable(),
  value: z.number(),
  unit: z.string(),
  qualifier: QualifierSchema,
  source: SourceRefSchema,
  /** Sub-area the value is stated for (e.g. 中心城区); absent for the pilot's own values. */
  scope: z.string().optional(),
});

/** dist/data/indicators.json (contract). */
export const IndicatorsFileSchema = z.object({
  sources: z.array(z.object({ id: z.string(), title: z.string(), sha256: z.string() })),
  records: z.array(IndicatorRecordSchema),
});

/** One part of a spatial formula: “三带” → {count: 3, word: '带'}; 多/几 give count null. */
export const FormulaPartSchema = z.object({
  count: z.number().int().positive().nullable(),
  word: z.string(),
  members: z.array(z.string()).optional(),
});

/** A quoted formula describing a spatial structure, e.g. “三城三群”. */
export const FormulaSchema = z.object({
  pilot: z.string(),
  pilotName: z.string(),
  formula: z.string(),
  parts: z.array(FormulaPartSchema),
  source: SourceRefSchema,
});

/** dist/data/formulas.json. */
export const FormulasFileSchema = z.object({ formulas: z.array(FormulaSchema) });

export type SourceRef = z.infer<typeof SourceRefSchema>;
export type Qualifier = z.infer<typeof QualifierSchema>;
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;
export type FormulaPart = z.infer<typeof FormulaPartSchema>;
export type Formula = z.infer<typeof FormulaSchema>;
export type FormulasFile = z.infer<typeof FormulasFileSchema>;
