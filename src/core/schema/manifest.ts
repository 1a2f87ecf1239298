import { z } from './zod.ts';

/** data/sources/manifest.json: the corpus, one entry per policy document shipped byte for byte. */
export const SourceDocumentSchema = z.object({
  /** Stable id used in provenance (`source.doc`). */
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** File name under data/sources/. */
  file: z.string().regex(/^[a-z0-9-]+\.txt$/),
  /** File name of the original under shared/seeds, kept for traceability. */
  seed: z.string(),
  title: z.string().min(1),
  titleEn: z.string().min(1),
  issuer: z.string().min(1),
  issuerEn: z.string().min(1),
  /** Publication date, ISO (YYYY, YYYY-MM or YYYY-MM-DD); null when the text gives none. */
  date: z.string().regex(/^\d{4}(-\d{2}){0,2}$/).nullable(),
  /** Where the date (or its absence) comes from. */
  dateNote: z.string(),
  script: z.enum(['simplified', 'traditional']),
  kind: z.enum(['pilot_batch', 'pilot_plan', 'city_plan']),
  /** Hex sha256 of the file's bytes. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  bytes: z.number().int().positive(),
  /** Seat of the government the plan covers (WGS84), or null for a national document. */
  seat: z
    .object({ name: z.string(), nameEn: z.string(), at: z.tuple([z.number(), z.number()]) })
    .nullable(),
  /**
   * Present for a person's document taken in from a package (data/packages/, pipeline/intake.ts): the
   * package's file and the file the person dropped. Such a document is extracted as the app extracts
   * a person's document (src/core/document/extract-document.ts), so the shipped records are the ones
   * the person saw. `units`: the pilot each unit's figures go to as the person matched it in the app
   * (null: none of the atlas's pilots; the figures keep a local id of the document and are not drawn).
   */
  package: z
    .object({
      file: z.string(),
      name: z.string(),
      kind: z.enum(['text', 'docx', 'pdf']),
      units: z.array(z.object({ unit: z.string(), line: z.number().int().positive(), pilot: z.string().nullable() })).optional(),
    })
    .optional(),
});

export const ManifestSchema = z.object({ documents: z.array(SourceDocumentSchema).min(1) });

export type SourceDocument = z.infer<typeof SourceDocumentSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
