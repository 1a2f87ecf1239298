import { strToU8, zipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { DocumentError, MAX_DOCUMENT_BYTES, readDocument, unifyRadicals, asShown, wordLines, pdfLines } from '../../../src/app/document/read.ts';
import { useBrowser } from '../../browser/chromium.ts';
import {
  batchSection,
  docxBytes,
  encryptedPdfBytes,
  nonEmbeddedChinesePdfBytes,
  gbkBytes,
  pdfBytes,
  sectionFixtures,
  sourceLines,
  utf16Bytes,
  utf8Bytes,
  yantaiDocx,
  yantaiLines,
  BATCH_FILE,
} from '../../fixtures/documents.ts';

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

describe('readDocument: Word (.docx)', () => {
  it('reads the section saved as .docx, one paragraph a line, exactly', async () => {
    const doc = await readDocument(file('房山区.docx', docxBytes(fangshan.lines)));
    expect(doc).toMatchObject({ kind: 'docx', name: '房山区.docx' });
    expect(doc.encoding).toBeUndefined();
    expect(doc.lines).toEqual(fangshan.lines);
  });

  it('reads the Yantai plan saved as .docx with the shipped file’s 791 lines, line for line', async () => {
    const { name, bytes } = yantaiDocx();
    const doc = await readDocument(file(name, bytes));
    expect(doc.lines).toEqual(yantaiLines());
    expect(doc.lines.length).toBe(791);
    expect(doc.text).toContain('一核引领、三带贯通、六圈聚力、多点支撑');
  });

  it('keeps tabs and reads a .docx without its extension by its bytes', async () => {
    const lines = ['指标\t2020\t2025', '常住人口城镇化率（%）\t66.3\t70'];
    expect((await readDocument(file('表', docxBytes(lines)))).lines).toEqual(lines);
  });

  it('refuses a .docx that is not a Word document, a password-protected one, and one with no text', async () => {
    const notZip = await refused(file('规划.docx', '这不是 Word 文档'));
    expect(notZip.code).toBe('documentNotDocx');
    const otherZip = await refused(file('规划.docx', zipSync({ 'a.txt': strToU8('hello') }) as Uint8Array<ArrayBuffer>));
    expect(otherZip.code).toBe('documentNotDocx');
    expect(otherZip.describe('en')).toMatch(/^规划\.docx › named \.docx but not a Word document \(.+\)$/);
    // Word writes a protected .docx as an encrypted OLE compound file.
    const ole = Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Uint8Array(504)]);
    expect((await refused(file('加密.docx', ole))).code).toBe('documentDocxPassword');
    expect((await refused(file('空白.docx', docxBytes(['', '  ', ''])))).code).toBe('documentBlank');
  });
});

describe('readDocument: PDF', () => {
  const browser = useBrowser();
  let fit: Uint8Array<ArrayBuffer>;
  let a4: Uint8Array<ArrayBuffer>;
  let scan: Uint8Array<ArrayBuffer>;
  beforeAll(async () => {
    fit = await pdfBytes(browser(), fangshan.lines, 'fit');
    a4 = await pdfBytes(browser(), fangshan.lines, 'a4');
    scan = await pdfBytes(browser(), fangshan.lines, 'image');
  });

  it('reads Chromium’s PDF of the section (one page, no wrapping) line for line, blank lines included', async () => {
    const doc = await readDocument(file('房山区.pdf', fit));
    expect(doc.kind).toBe('pdf');
    expect(doc.lines).toEqual(fangshan.lines);
    // The PDF's text layer names radicals (⼭, ⺠, ⻔ …) and 戶 where the page shows 山, 民, 门, 户.
    const pdfjs = await import('pdfjs-dist');
    const task = pdfjs.getDocument({ data: fit.slice(), isEvalSupported: false });
    const raw = (await (await (await task.promise).getPage(1)).getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    await task.destroy();
    expect(raw).toMatch(/[\u2e80-\u2fdf]/);
    expect(doc.text).not.toMatch(/[\u2e80-\u2fdf戶]/);
    expect(doc.text).toContain('常住人口城镇化率 68.9%');
  });

  it('reads an A4 PDF (margins, wrapped lines, several pages) with the same text in the same order', async () => {
    const pdfjs = await import('pdfjs-dist');
    const task = pdfjs.getDocument({ data: a4.slice(), isEvalSupported: false });
    expect((await task.promise).numPages).toBeGreaterThan(1);
    await task.destroy();
    const doc = await readDocument(file('房山区-A4.pdf', a4));
    const squeeze = (lines: readonly string[]) => lines.join('').replace(/\s+/g, '');
    expect(squeeze(doc.lines)).toBe(squeeze(fangshan.lines));
    // Wrapping makes more lines than the text has; each wrapped line is a piece of one source line.
    expect(doc.lines.length).toBeGreaterThan(fangshan.lines.length);
    const sources = fangshan.lines.map((l) => l.replace(/\s+/g, ''));
    for (const line of doc.lines.filter((l) => l.trim() !== '')) expect(sources.some((s) => s.includes(line.replace(/\s+/g, '')))).toBe(true);
  });

  it('reads a PDF whose Chinese font is not embedded (STSong-Light, UniGB-UCS2-H) through the Adobe CMaps it bundles', async () => {
    const doc = await readDocument(file('房山区-宋体.pdf', nonEmbeddedChinesePdfBytes(fangshan.lines)));
    expect(doc.lines).toEqual(fangshan.lines);
  });

  it('reads back every character whose glyph Chromium’s PDF names as a radical or a rarer variant', async () => {
    // Found by printing every CJK unified ideograph (U+4E00–U+9FEF) in Noto Sans CJK SC and reading it back.
    const shared = '丬乚乛亀亻刂尢尣巳幐彐彑忄扌攵斉旡曶槩歺氵灬爫犭礻竜糹纟罓耂肀胶艹衤讠辶钅長镸阝飠饣骨龜';
    const lines = [`户口${shared}`, '这是简体中文的文件：户籍人口城镇化率'];
    const doc = await readDocument(file('shared.pdf', await pdfBytes(browser(), lines)));
    expect(doc.lines).toEqual(lines);
  });

  it('refuses a PDF with no text layer (the page as a picture), saying it may be a scan', async () => {
    const e = await refused(file('扫描件.pdf', scan));
    expect(e.code).toBe('documentPdfNoText');
    expect(e.describe('zh')).toBe('扫描件.pdf › PDF（共 1 页）没有文字层，可能是扫描件：请先进行文字识别（OCR），或使用原始的 Word 或文本文件');
  });

  it('refuses a password-protected PDF, which pdf.js opens with its password', async () => {
    const bytes = encryptedPdfBytes('secret');
    const e = await refused(file('加密.pdf', bytes));
    expect(e.code).toBe('documentPdfPassword');
    expect(e.describe('en')).toBe('加密.pdf › the PDF is password-protected: remove the password and try again');
    // The fixture is a real encrypted PDF: with the password its text reads.
    const pdfjs = await import('pdfjs-dist');
    const task = pdfjs.getDocument({ data: bytes.slice(), password: 'secret', isEvalSupported: false });
    const page = await (await task.promise).getPage(1);
    const items = (await page.getTextContent()).items.map((item) => ('str' in item ? item.str : '')).join('');
    await task.destroy();
    expect(items).toBe('Secret plan');
  });

  it('refuses a damaged PDF and a file named .pdf that is not one; reads a PDF named .txt as the PDF it is', async () => {
    expect((await refused(file('坏.pdf', '%PDF-1.7\n1 0 obj << /Type /Catalog >>\n'))).code).toBe('documentPdfBroken');
    expect((await refused(file('假.pdf', '这是一段文字'))).code).toBe('documentNotPdf');
    expect((await readDocument(file('房山区.txt', fit))).lines).toEqual(fangshan.lines);
  });

  it('gives the fixtures a browser test drops, one of each kind, all read to the section’s lines', async () => {
    const fixtures = await sectionFixtures('北京市房山区', browser());
    expect(fixtures.map((f) => f.name)).toEqual(['北京市房山区-gbk.txt', '北京市房山区-utf16.txt', '北京市房山区.docx', '北京市房山区.pdf']);
    for (const { name, bytes } of fixtures) expect((await readDocument(file(name, bytes))).lines, name).toEqual(fangshan.lines);
  });
});

describe('unifyRadicals', () => {
  it('reads Kangxi and CJK radicals as the characters a page shows, and the two-em dash as ——', () => {
    expect(unifyRadicals('⼯作⽅案：农⺠、⻓阳镇、部⻔、意⻅、多⻆度⸺完')).toBe('工作方案：农民、长阳镇、部门、意见、多角度——完');
    expect(unifyRadicals('常住人口 103.6 万人')).toBe('常住人口 103.6 万人');
    expect(unifyRadicals('⺡⻌㬵')).toBe('氵辶胶');
  });

  it('reads 戶 as 户 in simplified Chinese only', () => {
    expect(asShown(['戶籍人口城镇化率 58.6%'])).toEqual(['户籍人口城镇化率 58.6%']);
    expect(asShown(['戶籍人口城鎮化率'])).toEqual(['戶籍人口城鎮化率']);
  });
});

describe('the line builders', () => {
  it('makes a Word document one line a paragraph, a line break a new line, table cells in order', () => {
    const text = (value: string) => ({ type: 'text', value });
    const paragraph = (...children: object[]) => ({ type: 'paragraph', children: [{ type: 'run', children }] });
    const tree = {
      type: 'document',
      children: [
        paragraph(text('第一章'), { type: 'break', breakType: 'line' }, text('总体要求')),
        paragraph(),
        { type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [paragraph(text('指标'))] }, { type: 'tableCell', children: [paragraph(text('2025'), { type: 'tab' }, text('70%'))] }] }] },
        paragraph(text('下一页'), { type: 'break', breakType: 'page' }, text('续')),
      ],
    };
    expect(wordLines(tree as Parameters<typeof wordLines>[0])).toEqual(['第一章', '总体要求', '', '指标', '2025\t70%', '下一页续']);
  });

  it('joins a PDF line’s pieces with no space between Chinese characters, a space where Latin words stand apart', () => {
    const item = (str: string, x: number, y: number, width: number, size = 12) => ({ str, transform: [size, 0, 0, size, x, y], width, height: size });
    const lines = pdfLines([
      [
        item('城镇化率', 48, 700, 48),
        item('常住人口', 0, 700, 48),
        item('PPP', 0, 682, 20),
        item('项目', 22, 682, 24),
        item('GDP', 0, 664, 20),
        item('growth', 25, 664, 36),
        item('第二段', 0, 628, 36),
      ],
      [item('下一页', 0, 800, 36)],
    ]);
    // Items sorted left to right; 18 pt is the line step, so the 36 pt gap holds one blank line; a new page starts a line.
    expect(lines).toEqual(['常住人口城镇化率', 'PPP项目', 'GDP growth', '', '第二段', '下一页']);
  });
});
