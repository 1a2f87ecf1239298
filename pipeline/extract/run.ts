// CLI: npx tsx pipeline/extract/run.ts <out/indicators.json>
// Reads data/sources/manifest.json, the texts it lists and data/gazetteer.json (when present),
// writes indicators.json ({sources, records}) and formulas.json ({formulas}) beside it, and prints
// the quality report. The only file of this stage that touches the file system.
import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { extractCorpus } from './extract-corpus';
import { formatReport } from './format-report';
import { FormulasFile, IndicatorsFile, type SourceDoc } from './schema';

const Manifest = z.object({
  documents: z.array(
    z.looseObject({
      id: z.string(),
      file: z.string(),
      title: z.string(),
      sha256: z.string(),
      script: z.enum(['simplified', 'traditional']),
      kind: z.string(),
    }),
  ),
});

/** Manifest + texts → the documents extractCorpus takes. */
export function loadSources(root: string): SourceDoc[] {
  const dir = path.join(root, 'data', 'sources');
  const manifest = Manifest.parse(JSON.parse(fs.readFileSync(path.join(dir, 'manifest.json'), 'utf8')));
  return manifest.documents.map((d) => ({
    id: d.id,
    file: d.file,
    title: d.title,
    sha256: d.sha256,
    script: d.script,
    kind: d.kind,
    text: fs.readFileSync(path.join(dir, d.file), 'utf8'),
  }));
}

export function loadGazetteer(root: string): unknown {
  const file = path.join(root, 'data', 'gazetteer.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as unknown) : undefined;
}

function main(argv: readonly string[]): void {
  const out = argv[2];
  if (!out) {
    console.error('usage: npx tsx pipeline/extract/run.ts <out/indicators.json>');
    process.exit(2);
  }
  const root = process.cwd();
  const result = extractCorpus(loadSources(root), loadGazetteer(root));
  const indicators = IndicatorsFile.parse({ sources: result.sources, records: result.records });
  const formulas = FormulasFile.parse({ formulas: result.formulas });
  fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(indicators, null, 2)}\n`);
  fs.writeFileSync(path.join(path.dirname(out), 'formulas.json'), `${JSON.stringify(formulas, null, 2)}\n`);
  console.log(formatReport(result.report));
  console.log(`\nwrote ${result.records.length} records to ${out} and ${result.formulas.length} formulas beside it`);
}

const invokedDirectly = process.argv[1] !== undefined && path.resolve(process.argv[1]) === path.resolve(import.meta.filename);
if (invokedDirectly) main(process.argv);
