/**
 * Turns the bytes of a file a person chose into text: UTF-8 (with or without a byte-order mark),
 * UTF-16 (by its mark, or without one by where the zero bytes fall) and, when the bytes are not
 * UTF-8, GB18030 (a superset of GBK and GB2312: what Excel writes on Chinese Windows).
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export interface Decoded {
  text: string;
  encoding: TextEncoding;
  /** What the bytes are if they are not text at all (a workbook, an image …); text is then ''. */
  binary?: 'xlsx' | 'xls' | 'binary';
}

/** How many bytes the UTF-16 check and the binary check look at. */
const SAMPLE = 8192;

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((b, i) => bytes[i] === b);

/**
 * UTF-16 without a byte-order mark: text of ASCII letters, digits, commas and line breaks puts a
 * zero in every other byte (the high byte); CJK text seldom has zero bytes at all. Decides by the
 * zeros at even and odd offsets of the first bytes: at least a tenth of the pairs, and more than
 * twice as many as on the other side. (A CJK character whose code ends in 00, such as 怀 U+6000 in
 * 怀柔区, puts its zero on the other side: a column of such names must not tip the count.)
 */
function utf16Without(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, SAMPLE) & ~1;
  if (n < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) even++;
    if (bytes[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd >= pairs * 0.1 && even * 2 < odd) return 'utf-16le';
  if (even >= pairs * 0.1 && odd * 2 < even) return 'utf-16be';
  return null;
}

/** Share of control characters (other than tab, line breaks and form feed) in the text's start. */
function controlShare(text: string): number {
  const n = Math.min(text.length, SAMPLE);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13) || c === 0xfffd) bad++;
  }
  return bad / n;
}

/** Decodes a file's bytes (see the module's comment). Never throws: binary content is reported in `binary`. */
export function decodeUserBytes(input: Uint8Array | ArrayBuffer): Decoded {
  const bytes = input instanceof Uint8Array ? input : new Uint8Array(input);
  // Workbooks are zip (xlsx) or OLE (xls) containers: say so rather than "binary".
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return { text: '', encoding: 'utf-8', binary: 'xlsx' };
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return { text: '', encoding: 'utf-8', binary: 'xls' };
  let encoding: TextEncoding;
  let text: string;
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
    encoding = 'utf-8';
    text = new TextDecoder('utf-8').decode(bytes.subarray(3));
  } else if (startsWith(bytes, [0xff, 0xfe]) || startsWith(bytes, [0xfe, 0xff])) {
    encoding = bytes[0] === 0xff ? 'utf-16le' : 'utf-16be';
    text = new TextDecoder(encoding).decode(bytes.subarray(2));
  } else {
    const utf16 = utf16Without(bytes);
    if (utf16) {
      encoding = utf16;
      text = new TextDecoder(utf16).decode(bytes);
    } else {
      try {
        encoding = 'utf-8';
        text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      } catch {
        encoding = 'gb18030';
        text = new TextDecoder('gb18030').decode(bytes);
      }
    }
  }
  // The binary check runs on the decoded text: UTF-16's zero bytes are not a sign of binary.
  if (text.includes('\u0000') || controlShare(text) > 0.02) return { text: '', encoding, binary: 'binary' };
  return { text, encoding };
}
