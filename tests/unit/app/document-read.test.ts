import { describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCUMENT_BYTES, readDocument } from '../../../src/app/document/read.ts';
import { batchSection, gbkBytes, sourceLines, utf16Bytes, utf8Bytes, BATCH_FILE } from '../../fixtures/documents.ts';

/** 北京市房山区's section of the batch document (line 77 on): the fixtures are made of it. */
const fangshan = batchSection('北京市房山区');

const file = (name: string, bytes: Uint8Array<ArrayBuffer> | string, type = '') => new File([bytes], name, { type });

/** The error readDocument throws for a file (failing the test when it reads it instead). */
async function refused(f: File): Promise<DocumentError> {
  const error = await readDocument(f).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `${f.name} was read`).toBeInstanceOf(DocumentError);
  return error as DocumentError;
}

describe('the fixture section', () => {
  it('is 房山区’s section of the batch document, heading to the line before 东丽区’s heading', () => {
    expect(fangshan.firstLine).toBe(77);
    expect(fangshan.lines[0]).toBe('北京市房山区国家新型城镇化综合试点 工作方案要点');
    expect(fangshan.lines).toContain('房山区是首都北京的西南门户，兼具城市发展新区和生态涵养区双重功能定位。全区土地总面积 1990 平方公里。2014 年，全区常住人口 103.6 万人，其中城镇人口 71.4 万人，常住人口城镇化率 68.9%；户籍人口 79.4 万人，户籍人口城镇化率 58.6%。');
    const all = sourceLines(BATCH_FILE);
    expect(all[fangshan.firstLine - 1 + fangshan.lines.length]?.trim()).toBe('');
    expect(all.slice(fangshan.firstLine - 1 + fangshan.lines.length).find((l) => l.trim() !== '')).toMatch(/^天津市东丽区国家新型城镇化综合试点/);
    expect(fangshan.lines.length).toBeGreaterThan(40);
  });
});

describe('readDocument: plain text', () => {
  it('reads the section saved as GBK (CRLF, no mark) line for line, as GB18030', async () => {
    const bytes = gbkBytes(fangshan.lines);
    // The bytes are not UTF-8: the reader must have fallen back to GB18030 to get the lines.
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
    const doc = await readDocument(file('房山区.txt', bytes));
    expect(doc).toMatchObject({ name: '房山区.txt', kind: 'text', encoding: 'gb18030' });
    expect(doc.lines).toEqual(fangshan.lines);
  });

  it('reads the section saved as UTF-16 LE and BE with their marks', async () => {
    for (const endian of ['le', 'be'] as const) {
      const doc = await readDocument(file(`房山区-${endian}.txt`, utf16Bytes(fangshan.lines, endian)));
      expect(doc.encoding).toBe(`utf-16${endian}`);
      expect(doc.lines).toEqual(fangshan.lines);
      expect(doc.text.startsWith('北京市房山区')).toBe(true);
    }
  });

  it('reads UTF-8 with and without a mark, LF or CRLF, and old-Mac CR line ends', async () => {
    for (const [bom, eol] of [[false, '\n'], [true, '\r\n'], [false, '\r']] as const) {
      const doc = await readDocument(file('房山区.txt', utf8Bytes(fangshan.lines, { bom, eol })));
      expect(doc.encoding).toBe('utf-8');
      expect(doc.lines).toEqual(fangshan.lines);
      expect(doc.text.charCodeAt(0)).not.toBe(0xfeff);
    }
  });

  it('reads a file without an extension when its bytes are text', async () => {
    const doc = await readDocument(file('房山区', gbkBytes(fangshan.lines)));
    expect(doc.lines).toEqual(fangshan.lines);
  });

  it('reads the whole batch document (378 KB) with the lines the pipeline numbers', async () => {
    const all = sourceLines(BATCH_FILE);
    const doc = await readDocument(file(BATCH_FILE, utf8Bytes(all)));
    expect(doc.lines.length).toBe(all.length);
    expect(doc.lines[78]).toContain('常住人口城镇化率 68.9%');
  });
});

describe('readDocument: bad input', () => {
  it('refuses an empty file', async () => {
    const e = await refused(file('空.txt', new Uint8Array(0)));
    expect(e.code).toBe('documentEmpty');
    expect(e.describe('zh')).toBe('空.txt › 文件是空的（0 字节）');
    expect(e.describe('en')).toBe('空.txt › the file is empty (0 bytes)');
    // The message itself carries both languages.
    expect(e.message).toBe('空.txt › 文件是空的（0 字节）\n空.txt › the file is empty (0 bytes)');
  });

  it('refuses a file of blank space only', async () => {
    expect((await refused(file('blank.txt', ' \r\n\t\u3000\n'))).code).toBe('documentBlank');
  });

  it('refuses a file over 20 MB without reading it, saying its size', async () => {
    const big = file('huge.txt', new Uint8Array(MAX_DOCUMENT_BYTES + 1));
    const e = await refused(big);
    expect(e.code).toBe('documentTooLarge');
    expect(e.describe('en')).toBe('huge.txt › the file is 20.0 MB, over the 20 MB limit');
    expect(e.describe('zh')).toBe('huge.txt › 文件大小为 20.0 MB，超过 20 MB 的上限');
  });

  it('refuses binary bytes named .txt', async () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, ...new Uint8Array(200).map((_, i) => (i * 37) % 256)]);
    const e = await refused(file('图.txt', png));
    expect(e.code).toBe('documentBinary');
    expect(e.describe('zh')).toMatch(/^图\.txt › 这是二进制文件/);
  });

  it('refuses an unknown extension, naming it, and an old Word .doc with what to do', async () => {
    const e = await refused(file('数据.xlsx', 'PK\u0003\u0004'));
    expect(e.code).toBe('documentExtension');
    expect(e.describe('en')).toBe('数据.xlsx › cannot read ".xlsx" files: use plain text (.txt), Word (.docx) or a PDF with a text layer');
    const doc = await refused(file('规划.DOC', '\u00d0\u00cf\u0011\u00e0'));
    expect(doc.code).toBe('documentOldWord');
    expect(doc.describe('zh')).toContain('另存为 .docx');
  });
});
