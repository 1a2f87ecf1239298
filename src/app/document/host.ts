/** What a person's document needs of the page (the atlas, its data, the map's element, the editor), and how its problems are said on the map. */
import type { MemberToPlace } from '../../core/layout/place-by-click.ts';
import type { AtlasController } from '../mount.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { Lang } from '../../core/url-state.ts';
import { el } from '../dom.ts';
import { t, type StringKey } from '../i18n.ts';

export interface DocumentHost {
  atlas: AtlasController;
  data: AtlasData;
  base: string;
  /** The map's element: messages and the legend's note go over it. */
  mapElement: HTMLElement;
  /** Opens the layout editor with a spec's text, and the draft's members to place by clicks on the map. */
  openSpec(text: string, toPlace?: readonly MemberToPlace[]): Promise<void>;
}

/** A problem with a person's document, in both languages, naming the file. */
export class DocumentMapError extends Error {
  constructor(
    readonly file: string,
    readonly key: StringKey,
    readonly args: Record<string, string | number> = {},
  ) {
    super(`${file} › ${t('zh', key, args)}\n${file} › ${t('en', key, args)}`);
    this.name = 'DocumentMapError';
  }
  describe(lang: Lang): string {
    return `${this.file} › ${t(lang, this.key, this.args)}`;
  }
}

/** Says a problem with a document on the map in both languages, naming the file (as text, never as HTML). */
export const showDocumentError = (host: DocumentHost, file: string, error: unknown): void => {
  const lang = host.atlas.getState().lang;
  const box = el('div', 'atlas-error user-error doc-error');
  box.setAttribute('role', 'alert');
  box.append(el('p', 'user-error-title', `${t(lang, 'mineErrorTitle')}: ${file}`));
  if (error instanceof DocumentMapError || (error instanceof Error && typeof (error as { describe?: unknown }).describe === 'function')) {
    const e = error as Error & { describe(lang: Lang): string };
    box.append(el('p', undefined, e.describe('zh')), el('p', undefined, e.describe('en')));
  } else {
    box.append(el('p', undefined, error instanceof Error ? error.message : String(error)));
    console.error(error);
  }
  box.append(el('p', 'user-error-note', `${t('zh', 'mineMapKept')} ${t('en', 'mineMapKept')}`));
  const close = el('button', 'link-button', '×');
  close.type = 'button';
  close.setAttribute('aria-label', lang === 'zh' ? '关闭' : 'Close');
  close.addEventListener('click', () => box.remove());
  box.append(close);
  host.mapElement.append(box);
};
