import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ManifestSchema, type SourceDocument } from '../src/core/schema/manifest.ts';
import { parseOrThrow } from '../src/core/schema/issues.ts';

export interface LoadedSource extends SourceDocument {
  text: string;
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

/**
 * Reads data/sources/manifest.json and every document it lists, checking each file's
 * bytes against its recorded sha256 and size so provenance lines stay true.
 */
export async function loadSources(dir: string): Promise<LoadedSource[]> {
  const manifestPath = join(dir, 'manifest.json');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    throw new Error(`${manifestPath} › ${(error as Error).message}`);
  }
  const manifest = parseOrThrow(ManifestSchema, json, manifestPath);
  const ids = new Set<string>();
  const loaded: LoadedSource[] = [];
  for (const [i, doc] of manifest.documents.entries()) {
    const where = `${manifestPath} › documents[${i}]`;
    if (ids.has(doc.id)) throw new Error(`${where}.id › duplicate id "${doc.id}"`);
    ids.add(doc.id);
    const path = join(dir, doc.file);
    const bytes = await readFile(path).catch(() => {
      throw new Error(`${where}.file › ${path} does not exist`);
    });
    const digest = sha256(bytes);
    if (digest !== doc.sha256) throw new Error(`${path} › sha256 is ${digest}, manifest says ${doc.sha256}: the file was modified`);
    if (bytes.length !== doc.bytes) throw new Error(`${path} › ${bytes.length} bytes, manifest says ${doc.bytes}`);
    loaded.push({ ...doc, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) });
  }
  return loaded;
}
