/** Plain text of a person's document: UTF-8 (with or without a byte-order mark), UTF-16 LE/BE with its mark, GB18030/GBK. */
import { decodeUserBytes } from '../../core/user-decode.ts';
import { DocumentError, splitDocumentLines, type ReadDocument } from './read-common.ts';

/** Plain text of any of the supported encodings. */
export function readText(name: string, bytes: Uint8Array): ReadDocument {
  const decoded = decodeUserBytes(bytes);
  if (decoded.binary) throw new DocumentError(name, decoded.binary === 'xls' ? 'documentOldWord' : 'documentBinary');
  const text = decoded.text.replace(/\r(?!\n)/g, '\n');
  if (text.trim() === '') throw new DocumentError(name, 'documentBlank');
  return { name, kind: 'text', encoding: decoded.encoding, text, lines: splitDocumentLines(text) };
}
