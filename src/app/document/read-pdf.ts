/** PDF with a text layer: pdf.js (loaded by import() when the first such file comes) in a worker of its own, from the app's own origin. */
import { DocumentError, detailOf, fromLines, type ReadDocument } from './read-common.ts';
import { pdfLines, type PdfItem } from './pdf-lines.ts';

/** pdf.js, loaded on first use, with its worker from the app's own origin (no CDN). */
let pdfjsLoading: Promise<typeof import('pdfjs-dist')> | null = null;
const loadPdfjs = () => (pdfjsLoading ??= import('pdfjs-dist').catch((error: unknown) => {
  pdfjsLoading = null;
  throw error;
}));

/**
 * The Adobe CMaps of Chinese (Adobe-GB1 and Adobe-CNS1 and the GB, GBK, GB18030, Big5, CNS and
 * HKSCS encodings), which pdf.js needs to read the text of a PDF whose Chinese fonts are not
 * embedded (older office and government PDFs name STSong-Light or MSung with UniGB-UCS2-H and the
 * like). Each is a chunk of its own holding the file as a data URL, loaded only when a PDF names it:
 * no request outside the page's origin, and none the CSP's connect-src would refuse.
 */
const CMAPS = import.meta.glob<string>(
  [
    '/node_modules/pdfjs-dist/cmaps/Adobe-GB1-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/Adobe-CNS1-*.bcmap',
    '/node_modules/pdfjs-dist/cmaps/{GB,UniGB,B5,UniCNS,ETen,ETHK,HK,CNS}*.bcmap',
  ],
  { query: '?inline', import: 'default' },
);

/** Hands pdf.js the CMaps above (pdf.js's BinaryDataFactory: the worker asks the page for them). */
class ChineseCMaps {
  async fetch({ kind, filename }: { kind: string; filename: string }): Promise<Uint8Array> {
    const load = kind === 'cMapUrl' ? CMAPS[`/node_modules/pdfjs-dist/cmaps/${filename}`] : undefined;
    if (!load) throw new Error(`no ${kind === 'cMapUrl' ? 'CMap' : kind} ${filename}`);
    const url = await load();
    const binary = atob(url.slice(url.indexOf(',') + 1));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  }
}

/** A worker running pdf.js's parser, served from the app's origin; null where workers cannot start (pdf.js then parses on the page). */
async function pdfWorker(pdfjs: typeof import('pdfjs-dist')): Promise<{ pdf: InstanceType<typeof pdfjs.PDFWorker>; port: Worker } | null> {
  if (typeof Worker === 'undefined') return null;
  const { default: url } = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  try {
    const port = new Worker(url, { type: 'module' });
    return { pdf: pdfjs.PDFWorker.create({ port }), port };
  } catch {
    return null;
  }
}

export async function readPdf(name: string, bytes: Uint8Array<ArrayBuffer>): Promise<ReadDocument> {
  let pdfjs: typeof import('pdfjs-dist');
  let worker: Awaited<ReturnType<typeof pdfWorker>>;
  try {
    pdfjs = await loadPdfjs();
    worker = await pdfWorker(pdfjs);
  } catch (error) {
    throw new DocumentError(name, 'documentReaderFailed', { detail: detailOf(error) });
  }
  const task = pdfjs.getDocument({
    data: bytes,
    ...(worker ? { worker: worker.pdf } : {}),
    // The pages' CSP forbids eval and WebAssembly compilation: pdf.js takes its plain-JS paths.
    isEvalSupported: false,
    useWasm: false,
    // Text only: no fonts are turned into FontFace objects, nothing is fetched.
    disableFontFace: true,
    useSystemFonts: false,
    stopAtErrors: false,
    // CMaps from the app's own bundle (ChineseCMaps), asked for by the worker through the page.
    BinaryDataFactory: ChineseCMaps,
    useWorkerFetch: false,
    cMapPacked: true,
  });
  try {
    let pdf: Awaited<typeof task.promise>;
    try {
      pdf = await task.promise;
    } catch (error) {
      const kind = (error as { name?: string } | null)?.name;
      if (kind === 'PasswordException') throw new DocumentError(name, 'documentPdfPassword');
      throw new DocumentError(name, 'documentPdfBroken', { detail: detailOf(error) });
    }
    const pages: PdfItem[][] = [];
    try {
      for (let n = 1; n <= pdf.numPages; n++) {
        const page = await pdf.getPage(n);
        const content = await page.getTextContent();
        pages.push(content.items.filter((item): item is PdfItem & (typeof content.items)[number] => 'str' in item));
        page.cleanup();
      }
    } catch (error) {
      throw new DocumentError(name, 'documentPdfBroken', { detail: detailOf(error) });
    }
    const lines = pdfLines(pages);
    if (lines.every((line) => line.trim() === '')) throw new DocumentError(name, 'documentPdfNoText', { pages: pdf.numPages });
    return fromLines(name, 'pdf', lines);
  } finally {
    await task.destroy().catch(() => undefined);
    worker?.pdf.destroy();
    worker?.port.terminate();
  }
}
