/** Telling a document (a plan's text, Word, PDF) from a table of figures dropped on the map. */
import { decodeUserBytes } from '../../core/user-decode.ts';

/**
 * Whether a file is a document to read (a plan's text, Word or PDF) rather than a table of figures:
 * .docx and .pdf always; .txt when its opening lines are not delimited rows of a name and a number
 * (Excel's “Unicode text” is a tab-separated table saved as .txt).
 */
export async function isDocumentFile(file: File): Promise<boolean> {
  if (/\.(docx|pdf|md)$/i.test(file.name)) return true;
  if (!/\.(txt|text)$/i.test(file.name)) return false;
  const bytes = new Uint8Array(await file.slice(0, 16384).arrayBuffer());
  // Cut at the last line feed, so that no character of a multi-byte encoding is cut in two.
  const end = file.size > bytes.length ? bytes.lastIndexOf(0x0a) : -1;
  const head = decodeUserBytes(end > 0 ? bytes.subarray(0, end + 1) : bytes);
  if (head.binary) return false;
  const lines = head.text.split(/\r?\n/).map((l) => l.trim()).filter(Boolean).slice(0, 40);
  const rows = lines.filter((l) => /^[^\t,;]+[\t,;].*\d/.test(l) && l.split(/[\t,;]/).length >= 2 && !/[。，]/.test(l));
  return lines.length > 0 && rows.length / lines.length < 0.6;
}
