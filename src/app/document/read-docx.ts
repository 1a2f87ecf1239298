/** Word .docx: mammoth (loaded by import() when the first such file comes) reads the document tree, one line a paragraph. */
import { DocumentError, detailOf, fromLines, type ReadDocument } from './read-common.ts';

/** What mammoth's document tree holds that the lines need (its element types, as mammoth names them). */
export interface WordElement {
  type: string;
  value?: string;
  breakType?: string;
  children?: WordElement[];
}

/**
 * The lines of a Word document: one per paragraph (table cells' paragraphs included, in order), a
 * line break (Shift+Enter) starting a new line, a tab kept as a tab. mammoth reads the document;
 * its raw-text output would put a blank line after every paragraph and drop line breaks, so the
 * lines come from the document tree it hands to `transformDocument`.
 */
export function wordLines(root: WordElement): string[] {
  const lines: string[] = [];
  let line: string | null = null;
  const visit = (element: WordElement): void => {
    switch (element.type) {
      case 'text':
        line = (line ?? '') + (element.value ?? '');
        return;
      case 'tab':
        line = (line ?? '') + '\t';
        return;
      case 'break':
        if (element.breakType === 'line') {
          lines.push(line ?? '');
          line = '';
        }
        return;
      case 'paragraph':
        if (line !== null) lines.push(line);
        line = '';
        element.children?.forEach(visit);
        lines.push(line);
        line = null;
        return;
      default:
        element.children?.forEach(visit);
    }
  };
  visit(root);
  if (line !== null) lines.push(line);
  return lines;
}

export async function readDocx(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ReadDocument> {
  let mammoth: typeof import('mammoth');
  try {
    const module = (await import('mammoth')) as typeof import('mammoth') & { default?: typeof import('mammoth') };
    mammoth = module.default ?? module;
  } catch (error) {
    throw new DocumentError(name, 'documentReaderFailed', { detail: detailOf(error) });
  }
  let tree: WordElement | null = null;
  try {
    // `arrayBuffer` is what mammoth's browser build reads, `buffer` its Node build (the unit tests).
    const input = { arrayBuffer: bytes.buffer, buffer: bytes.buffer } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
    await mammoth.convertToHtml(input, {
      // Keep the tree and give the HTML step nothing to do (no images read, no HTML built).
      transformDocument: (document: unknown) => {
        tree = document as WordElement;
        return { ...(document as object), children: [] };
      },
    } as Parameters<typeof mammoth.convertToHtml>[1]);
  } catch (error) {
    throw new DocumentError(name, 'documentNotDocx', { detail: detailOf(error) });
  }
  if (!tree) throw new DocumentError(name, 'documentNotDocx', { detail: 'no document part' });
  return fromLines(name, 'docx', wordLines(tree));
}
