import type { Lang } from '../../core/url-state.ts';

/**
 * Every message about a dropped document (src/app/document/read.ts), in both languages. Each is the
 * problem only; the message puts the file's name before it (`规划.pdf › …`). `{…}` are filled in.
 */
export const DOCUMENT_STRINGS = {
  documentEmpty: { zh: '文件是空的（0 字节）', en: 'the file is empty (0 bytes)' },
  documentBlank: { zh: '文件里没有文字，只有空白', en: 'the file holds no text, only blank space' },
  documentTooLarge: { zh: '文件大小为 {size}，超过 20 MB 的上限', en: 'the file is {size}, over the 20 MB limit' },
  documentExtension: {
    zh: '无法读取“{ext}”文件：请使用纯文本（.txt）、Word（.docx）或带文字层的 PDF',
    en: 'cannot read "{ext}" files: use plain text (.txt), Word (.docx) or a PDF with a text layer',
  },
  documentOldWord: {
    zh: '这是旧版 Word 文件（.doc/.wps）：请在 Word 或 WPS 中另存为 .docx 后再试',
    en: 'an old Word file (.doc/.wps): save it as .docx in Word or WPS and try again',
  },
  documentBinary: { zh: '这是二进制文件，不是文本：请使用纯文本（.txt）、Word（.docx）或 PDF', en: 'a binary file, not text: use plain text (.txt), Word (.docx) or PDF' },
  documentNotDocx: { zh: '文件名为 .docx，但内容不是 Word 文档（{detail}）', en: 'named .docx but not a Word document ({detail})' },
  documentNotPdf: { zh: '文件名为 .pdf，但内容不是 PDF', en: 'named .pdf but not a PDF' },
  documentPdfPassword: { zh: 'PDF 有密码保护：请先去除密码再试', en: 'the PDF is password-protected: remove the password and try again' },
  documentPdfNoText: {
    zh: 'PDF 的 {pages} 页中没有文字层（可能是扫描件）：请先进行文字识别（OCR），或使用原始的 Word 或文本文件',
    en: 'none of the PDF’s {pages} pages has a text layer (a scan?): run text recognition (OCR) first, or use the original Word or text file',
  },
  documentPdfBroken: { zh: 'PDF 已损坏，无法读取（{detail}）', en: 'the PDF is damaged and cannot be read ({detail})' },
  documentUnreadable: { zh: '文件无法读取（{detail}）', en: 'the file could not be read ({detail})' },
  documentReaderFailed: {
    zh: '读取此类文件的组件未能加载（{detail}）：请刷新页面后再试',
    en: 'the reader for this kind of file did not load ({detail}): reload the page and try again',
  },
} as const satisfies Record<string, Record<Lang, string>>;

export type DocumentProblem = keyof typeof DOCUMENT_STRINGS;
