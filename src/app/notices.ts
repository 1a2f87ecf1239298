/**
 * What the map tells its reader about things it could not use: a data file it goes on without, the
 * required files it could not load (an error page over the map, naming each), and URL parameters
 * it ignored. Text only (textContent), in the reader's language, each dismissable.
 */
import './notices.css';
import type { Lang } from '../core/url-state.ts';
import { describeError, fileOf } from './data-error.ts';
import { t, type StringKey } from './i18n.ts';
import { el } from './dom.ts';

const closeButton = (lang: Lang, onClose: () => void): HTMLButtonElement => {
  const close = el('button', 'atlas-note-close', '×');
  close.type = 'button';
  close.setAttribute('aria-label', t(lang, 'close'));
  close.addEventListener('click', onClose);
  return close;
};

/** A dismissable notice of a data file the map goes on without (one per file: a newer one replaces it). */
export function showProblem(container: HTMLElement, error: unknown, lang: Lang): HTMLElement {
  const file = fileOf(error);
  if (file) for (const old of container.querySelectorAll<HTMLElement>('.atlas-problem')) if (old.dataset.file === file) old.remove();
  const box = el('p', 'atlas-error atlas-problem');
  box.setAttribute('role', 'status');
  if (file) box.dataset.file = file;
  box.append(`${t(lang, 'dataProblem')}: ${describeError(error, lang)}`, closeButton(lang, () => box.remove()));
  container.append(box);
  return box;
}

/**
 * The error page of broken required files: what is wrong, in which file and where, and what to do;
 * the map under it shows what the other files hold.
 */
export function showErrorPage(container: HTMLElement, errors: readonly unknown[], lang: Lang): HTMLElement {
  container.querySelector('.data-error-page')?.remove();
  const page = el('section', 'data-error-page');
  page.setAttribute('role', 'alert');
  page.setAttribute('aria-labelledby', 'data-error-title');
  const title = el('h2', undefined, t(lang, 'brokenTitle'));
  title.id = 'data-error-title';
  const list = el('ul');
  for (const error of errors) {
    const item = el('li');
    const file = fileOf(error);
    if (file) item.append(el('code', undefined, file), el('br'));
    const text = describeError(error, lang);
    item.append(file && text.startsWith(`${file} › `) ? text.split('\n').map((line) => line.slice(`${file} › `.length)).join('\n') : text);
    list.append(item);
  }
  const hint = el('p', undefined, t(lang, 'brokenHint'));
  const actions = el('p', 'data-error-actions');
  const reload = el('button', 'atlas-button', t(lang, 'reload'));
  reload.type = 'button';
  reload.addEventListener('click', () => location.reload());
  const dismiss = el('button', 'atlas-button', t(lang, 'brokenShowRest'));
  dismiss.type = 'button';
  dismiss.addEventListener('click', () => page.classList.add('is-collapsed'));
  actions.append(reload, dismiss);
  page.append(title, list, hint, actions);
  container.append(page);
  return page;
}

/** A URL parameter (or host-given value) ignored: its key, the value given, and why. */
export interface DroppedParam {
  key: string;
  value: string;
  /** unknown: not among the loaded data's; invalid: not of the parameter's form; range: slide beyond the story. */
  reason: 'unknown' | 'invalid' | 'range';
  /** For 'range': the number of slides. */
  count?: number;
}

const REASONS: Partial<Record<string, StringKey>> = {
  province: 'unknownProvince',
  level: 'unknownLevel',
  doc: 'unknownDoc',
  indicator: 'unknownIndicator',
  pilot: 'unknownPilot',
  layout: 'unknownLayout',
  story: 'unknownStory',
};

const reasonText = (p: DroppedParam, lang: Lang): string => {
  if (p.reason === 'range') return `${t(lang, 'slideRange')} ${p.count ?? 0}`;
  if (p.reason === 'unknown') return t(lang, REASONS[p.key] ?? 'invalidParam');
  return t(lang, 'invalidParam');
};

/** One item of the note of ignored parameters, as the reader sees it: `year=abc 格式无效`. */
export const paramNoteText = (p: DroppedParam, lang: Lang): string => `${p.key}=${p.value} ${reasonText(p, lang)}`;

/**
 * Adds parameters to the map's note of ignored URL parameters (one note, however many calls), and
 * warns in the console. Nothing when the list is empty.
 */
export function noteParams(container: HTMLElement, dropped: readonly DroppedParam[], lang: Lang): void {
  if (dropped.length === 0) return;
  for (const p of dropped) console.warn(`pilot-atlas: URL ${p.key}=${JSON.stringify(p.value)} ignored (${reasonText(p, 'en')})`);
  let note = container.querySelector<HTMLElement>(':scope > .atlas-note');
  if (!note) {
    note = el('div', 'atlas-note');
    note.setAttribute('role', 'status');
    const box = note;
    note.append(el('p', 'atlas-note-title', t(lang, 'paramsIgnored')), el('ul'), closeButton(lang, () => box.remove()));
    container.append(note);
  }
  const list = note.querySelector('ul')!;
  for (const p of dropped) {
    const item = el('li');
    item.dataset.param = p.key;
    item.append(el('code', undefined, `${p.key}=${p.value}`), ` ${reasonText(p, lang)}`);
    list.append(item);
  }
}
