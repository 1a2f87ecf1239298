import type { AtlasController } from './mount.ts';
import { fillTemplate, UserFileError } from '../core/user-problems.ts';
import { t } from './i18n.ts';
import { el } from './dom.ts';
import { problemText } from './user-text.ts';

/**
 * A person's own figures: a CSV or GeoJSON chosen with the page's file input or dropped on the
 * map, read in the browser only. A file that cannot be shown gets a message naming it, the place
 * in it and what is wrong, in the reader's language; the map keeps what it showed. A document (a
 * plan's text, Word or PDF) goes to `openDocument` when the page gives one (src/app/document),
 * which answers false for a .txt that holds a table after all: that one is read here.
 */
export function installUserImport(atlas: AtlasController, mapElement: HTMLElement, input: HTMLInputElement, openDocument?: (file: File) => Promise<boolean>): void {
  let latest = 0;

  const showError = (name: string, error: unknown) => {
    const lang = atlas.getState().lang;
    const box = el('div', 'atlas-error user-error');
    box.setAttribute('role', 'alert');
    const problems = error instanceof UserFileError ? error.problems : null;
    box.append(el('p', 'user-error-title', `${t(lang, 'userError')}: ${name}`));
    if (problems) {
      const list = el('ul', 'user-error-list');
      for (const p of problems.slice(0, 8)) list.append(el('li', undefined, problemText(lang, p)));
      if (problems.length > 8) list.append(el('li', undefined, fillTemplate(t(lang, 'userMore'), { n: problems.length - 8 })));
      box.append(list);
    } else {
      box.append(el('p', undefined, (error as Error)?.message ?? String(error)));
      console.error(error);
    }
    box.append(el('p', 'user-error-note', t(lang, 'userMapKept')));
    const close = el('button', 'link-button', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t(lang, 'close'));
    close.addEventListener('click', () => box.remove());
    box.append(close);
    mapElement.append(box);
  };

  const read = async (file: File) => {
    if (openDocument && /\.(txt|text|md|docx|pdf)$/i.test(file.name) && (await openDocument(file))) return;
    const ticket = ++latest;
    for (const old of mapElement.querySelectorAll('.user-error')) old.remove();
    try {
      await atlas.ready;
      // Read, joined and classified in a worker; the page draws the result (src/app/map/user.ts).
      await atlas.importUserFile(file.name, await file.arrayBuffer());
    } catch (error) {
      if (ticket === latest) showError(file.name, error);
    }
  };

  input.addEventListener('change', () => {
    const file = input.files?.[0];
    if (file) void read(file);
    input.value = '';
  });
  mapElement.addEventListener('dragover', (event) => {
    event.preventDefault();
    mapElement.classList.add('is-dragover');
  });
  mapElement.addEventListener('dragleave', () => mapElement.classList.remove('is-dragover'));
  mapElement.addEventListener('drop', (event) => {
    event.preventDefault();
    mapElement.classList.remove('is-dragover');
    const file = event.dataTransfer?.files[0];
    if (file) void read(file);
  });
}
