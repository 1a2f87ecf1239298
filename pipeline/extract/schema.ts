import { z } from 'zod';
import {
  FormulaPartSchema,
  FormulaSchema,
  FormulasFileSchema,
  IndicatorRecordSchema,
  IndicatorsFileSchema,
  QualifierSchema,
  SourceRefSchema,
} from '../../src/core/schema/indicators';

// One schema per data file this stage reads or writes; the types are inferred from them.

/** A policy document as extractCorpus receives it (manifest entry + its text). */
export const SourceDoc = z.object({
  id: z.string().min(1),
  file: z.string(),
  title: z.string(),
  sha256: z.string(),
  script: z.enum(['simplified', 'traditional']),
  kind: z.string(),
  text: z.string(),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

// The contract files (indicators.json, formulas.json) have one schema, in src/core, which the app
// and pipeline/cli.ts validate with too; this stage uses it under its own names.
export const Qualifier = QualifierSchema;
export type Qualifier = z.infer<typeof QualifierSchema>;
export const SourceRef = SourceRefSchema;
export type SourceRef = z.infer<typeof SourceRefSchema>;
/** The indicator records' contract (docs/contracts.md). */
export const IndicatorRecord = IndicatorRecordSchema;
export type IndicatorRecord = z.infer<typeof IndicatorRecordSchema>;
export const IndicatorsFile = IndicatorsFileSchema;
export type IndicatorsFile = z.infer<typeof IndicatorsFileSchema>;
/** One part of a spatial formula: “三带” → {count: 3, word: '带'}; 多/几 give count null. */
export const FormulaPart = FormulaPartSchema;
export type FormulaPart = z.infer<typeof FormulaPartSchema>;
export const Formula = FormulaSchema;
export type Formula = z.infer<typeof FormulaSchema>;
/** formulas.json written beside indicators.json. */
export const FormulasFile = FormulasFileSchema;
export type FormulasFile = z.infer<typeof FormulasFileSchema>;

export const RecordKind = IndicatorRecordSchema.shape.kind;
export type RecordKind = z.infer<typeof RecordKind>;

export type SourceEntry = IndicatorsFile['sources'][number];

const PilotRef = z.object({ pilot: z.string(), pilotName: z.string(), doc: z.string() });

export const QualityReport = z.object({
  recordsPerPilot: z.array(PilotRef.extend({ records: z.number().int(), formulas: z.number().int() })),
  missingUrbanizationRate: z.array(PilotRef),
  suspicious: z.array(PilotRef.extend({ indicator: z.string(), reason: z.string(), lines: z.array(z.number().int()) })),
  unjoined: z.array(PilotRef),
  errors: z.array(z.string()),
});
export type QualityReport = z.infer<typeof QualityReport>;

/**
 * The fields of data/gazetteer.json this stage reads. The gazetteer's own schema belongs to
 * its writer; this view is loose so that extra fields there never break extraction.
 */
export const GazetteerView = z.looseObject({
  pilots: z.array(
    z.looseObject({
      id: z.string(),
      name: z.looseObject({ zh: z.string() }),
      sourceNames: z.array(z.string()).default([]),
      // An alias is a name, or an object naming it with notes ({name: '长乐区', year: 2017, …}).
      aliases: z
        .array(z.union([z.string(), z.looseObject({ name: z.string() })]))
        .default([])
        .transform((list) => list.map((a) => (typeof a === 'string' ? a : a.name))),
      province: z.looseObject({ zh: z.string() }),
    }),
  ),
});
export type GazetteerView = z.infer<typeof GazetteerView>;
