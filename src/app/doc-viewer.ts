import type { SourceDocument } from '../core/schema/manifest.ts';
import type { Lang } from '../core/url-state.ts';
import { findSpan } from '../core/text-span.ts';
import type { SourceRef } from '../core/schema/indicators.ts';
import { loadText } from './load.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';
import { localDocuments } from './document/registry.ts';

/**
 * A modal reader of one policy document, opened at a line with the sentence highlighted: a shipped
 * source (fetched from data/sources/) or a document the person dropped, held in memory
 * (./document/registry.ts). The text is inserted as text nodes only: no document is parsed as HTML.
 */
export class DocViewer {
  private readonly dialog: HTMLDialogElement;
  private readonly heading: HTMLHeadingElement;
  private readonly meta: HTMLParagraphElement;
  private readonly body: HTMLOListElement;
  private readonly closeButton: HTMLButtonElement;
  private readonly texts = new Map<string, Promise<string[]>>();
  private shown: string | null = null;

  constructor(
    parent: HTMLElement,
    private readonly documents: SourceDocument[],
    private readonly base: string,
    private lang: Lang,
  ) {
    this.dialog = document.createElement('dialog');
    this.dialog.className = 'doc-viewer';
    this.dialog.setAttribute('aria-labelledby', 'doc-viewer-title');
    const header = document.createElement('header');
    this.heading = document.createElement('h2');
    this.heading.id = 'doc-viewer-title';
    this.meta = document.createElement('p');
    this.meta.className = 'doc-viewer-meta';
    const close = document.createElement('button');
    close.type = 'button';
    close.className = 'atlas-button doc-viewer-close';
    close.addEventListener('click', () => this.dialog.close());
    this.closeButton = close;
    const titles = document.createElement('div');
    titles.append(this.heading, this.meta);
    header.append(titles, close);
    this.body = document.createElement('ol');
    this.body.className = 'doc-lines';
    this.dialog.append(header, this.body);
    parent.append(this.dialog);
    this.setLang(lang);
  }


  setLang(lang: Lang): void {
    this.lang = lang;
    this.closeButton.textContent = t(lang, 'close');
    this.closeButton.setAttribute('aria-label', t(lang, 'closeDocument'));
  }

  get isOpen(): boolean {
    return this.dialog.open;
  }

  private lines(doc: SourceDocument): Promise<string[]> {
    let text = this.texts.get(doc.id);
    if (!text) {
      text = loadText(`sources/${doc.file}`, this.base).then((s) => s.split(/\r?\n/));
      this.texts.set(doc.id, text);
    }
    return text;
  }

  /** Opens the document of `ref` at its line, the sentence marked. */
  async open(ref: SourceRef): Promise<void> {
    const local = localDocuments.get(ref.doc);
    const doc = local ? null : this.documents.find((d) => d.id === ref.doc);
    if (!local && !doc) throw new Error(`unknown source document "${ref.doc}"`);
    const lines = local ? local.lines : await this.lines(doc!);
    const shownKey = local ? `${local.id}:${local.name}` : doc!.id;
    if (this.shown !== shownKey) {
      this.body.replaceChildren(
        ...lines.map((line, i) => {
          const li = document.createElement('li');
          li.id = `doc-line-${i + 1}`;
          li.textContent = line;
          return li;
        }),
      );
      this.shown = shownKey;
    }
    this.dialog.classList.toggle('is-local', Boolean(local));
    this.heading.textContent = local ? local.name : doc!.title;
    this.meta.textContent = [
      local ? (this.lang === 'zh' ? '我的文档（仅在本机浏览器中）' : 'Your document (in this browser only)') : doc!.issuer,
      local ? '' : (doc!.date ?? ''),
      `${t(this.lang, 'line')} ${formatNumber(ref.line, this.lang, 0)} / ${formatNumber(lines.length, this.lang, 0)}`,
    ]
      .filter(Boolean)
      .join(' · ');
    this.highlight(ref, lines);
    if (!this.dialog.open) this.dialog.showModal();
    const target = this.body.children[ref.line - 1] as HTMLElement | undefined;
    target?.scrollIntoView({ block: 'center' });
  }

  private highlight(ref: SourceRef, lines: string[]): void {
    for (const old of this.body.querySelectorAll('li.is-source')) {
      old.classList.remove('is-source');
      old.textContent = lines[Number(old.id.slice('doc-line-'.length)) - 1] ?? '';
    }
    const li = this.body.children[ref.line - 1] as HTMLLIElement | undefined;
    if (!li) return;
    const line = lines[ref.line - 1] ?? '';
    li.classList.add('is-source');
    const span = findSpan(line, ref.text);
    const [start, end] = span ?? [0, line.length];
    const mark = document.createElement('mark');
    mark.textContent = line.slice(start, end);
    li.replaceChildren(document.createTextNode(line.slice(0, start)), mark, document.createTextNode(line.slice(end)));
  }

  close(): void {
    this.dialog.close();
  }
}
