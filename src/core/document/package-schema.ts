/**
 * The schema of a person's document package (package.ts, docs/contracts.md): what `npm run data`
 * checks a package of data/packages/ against. The specs are checked by the layout compiler, not here.
 */
import { z } from '../schema/zod.ts';
import { FormulaSchema, IndicatorRecordSchema } from '../schema/indicators.ts';
import { PACKAGE_FORMAT } from './package.ts';

const UnitChoiceSchema = z.union([
  z.object({ kind: z.literal('unit'), key: z.string(), label: z.string() }),
  z.object({ kind: z.literal('pilot'), id: z.string(), label: z.string() }),
]);

export const DocumentPackageSchema = z.object({
  format: z.literal(PACKAGE_FORMAT),
  version: z.literal(1),
  document: z.object({
    /** The file the person dropped (“烟台.docx”). */
    name: z.string().min(1),
    kind: z.enum(['text', 'docx', 'pdf']),
    encoding: z.string().optional(),
    title: z.string(),
    script: z.enum(['simplified', 'traditional']),
    /** The text as read from the file: what the records' lines count in. */
    text: z.string().refine((s) => s.trim().length > 0, { error: 'the document has no text' }),
  }),
  units: z.array(
    z.object({
      name: z.string(),
      unit: z.string(),
      province: z.string().nullable(),
      line: z.number().int().positive(),
      pilot: z.string(),
      joined: z.boolean(),
      match: UnitChoiceSchema.nullable(),
    }),
  ),
  records: z.array(IndicatorRecordSchema),
  formulas: z.array(FormulaSchema),
  /** Draft spatial-plan specs (src/core/layout/schema.ts), checked when compiled. */
  specs: z.array(z.record(z.string(), z.unknown())),
});

export type DocumentPackage = z.infer<typeof DocumentPackageSchema>;

