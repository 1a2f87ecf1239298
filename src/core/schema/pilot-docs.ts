import { z } from './zod.ts';

/** data/pilot-docs.json: the documents each pilot is a pilot of (the gazetteer's `docs`), by pilot id. */
export const PilotDocsSchema = z.object({ docs: z.record(z.string(), z.array(z.string())) });
export type PilotDocs = z.infer<typeof PilotDocsSchema>;
