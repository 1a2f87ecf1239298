/**
 * Reads a document a person dropped or picked into text and lines, in the browser only: plain text
 * (UTF-8 with or without a byte-order mark, UTF-16 LE/BE, GB18030/GBK; ./read-text.ts), Word .docx
 * (mammoth; ./read-docx.ts) and PDF with a text layer (pdf.js; ./read-pdf.ts, its lines rebuilt by
 * ./pdf-lines.ts). The two libraries load by import() when the first such file comes, so the page's
 * first download does not carry them. A file that cannot be read throws a DocumentError naming the
 * file and what is wrong, in Chinese and English (./read-common.ts).
 */
import { DocumentError, detailOf, extensionOf, type ReadDocument } from './read-common.ts';
import { readText } from './read-text.ts';
import { readDocx } from './read-docx.ts';
import { readPdf } from './read-pdf.ts';

export { DocumentError, extensionOf, splitDocumentLines, type DocumentProblem, type ReadDocument } from './read-common.ts';
export { wordLines } from './read-docx.ts';
export { asShown, isSimplified, pdfLines, unifyRadicals } from './pdf-lines.ts';

/** The largest document read (as for a person's CSV or GeoJSON). */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

/** Extensions read as plain text. */
const TEXT_EXTENSIONS = new Set(['txt', 'text', 'md']);

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/**
 * Reads a dropped or picked file. Throws a DocumentError (and nothing else) when the file is empty,
 * over 20 MB, of a kind it cannot read, binary, or holds no text.
 */
export async function readDocument(file: File): Promise<ReadDocument> {
  const name = file.name || '(unnamed)';
  if (file.size === 0) throw new DocumentError(name, 'documentEmpty');
  if (file.size > MAX_DOCUMENT_BYTES) throw new DocumentError(name, 'documentTooLarge', { size: megabytes(file.size) });
  const ext = extensionOf(name);
  if (ext === 'doc' || ext === 'wps') throw new DocumentError(name, 'documentOldWord');
  // No extension: read by what the bytes are (text, unless they are a PDF or a Word document).
  if (ext !== '' && ext !== 'docx' && ext !== 'pdf' && !TEXT_EXTENSIONS.has(ext)) throw new DocumentError(name, 'documentExtension', { ext: `.${ext}` });
  let bytes: Uint8Array<ArrayBuffer>;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch (error) {
    throw new DocumentError(name, 'documentUnreadable', { detail: detailOf(error) });
  }
  const isPdf = startsWith(bytes, PDF_MAGIC);
  const isZip = startsWith(bytes, ZIP_MAGIC);
  const isOle = startsWith(bytes, OLE_MAGIC);
  // What the bytes are wins over the name: a PDF saved as .txt is read as the PDF it is.
  if (isPdf) return readPdf(name, bytes);
  if (ext === 'pdf') throw new DocumentError(name, 'documentNotPdf');
  if (ext === 'docx' || (ext === '' && isZip)) {
    // Word saves a .docx with a password as an encrypted OLE container, not as a zip.
    if (isOle) throw new DocumentError(name, 'documentDocxPassword');
    if (!isZip) throw new DocumentError(name, 'documentNotDocx', { detail: 'not a zip archive' });
    return readDocx(name, bytes);
  }
  if (isZip) throw new DocumentError(name, 'documentBinary');
  return readText(name, bytes);
}

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);
