import './plan-detail.css';
import type { LayoutFeatureProps } from '../core/layout/features.ts';
import type { LayoutDetails, LayoutElementInfo, NoteText } from '../core/schema/layouts-index.ts';
import type { SourceRef } from '../core/schema/indicators.ts';
import type { Lang } from '../core/url-state.ts';
import { LAYOUT_STYLE } from '../render/palette.ts';
import { el } from './dom.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';
import { loadJson } from './load.ts';

/** A compiled plan feature (layouts.geojson or the editor's draft), as deck.gl hands it to a pick. */
export interface PlanFeatureLike {
  properties: LayoutFeatureProps;
}

/** True for a plan overlay's feature (not a pilot's): plan features carry their layout and role. */
export const isPlanFeature = (object: unknown): object is PlanFeatureLike => {
  const p = (object as { properties?: Partial<LayoutFeatureProps> } | null)?.properties;
  return typeof p?.layout === 'string' && typeof p.role === 'string' && typeof p.kind === 'string';
};

const kindName = (kind: string, lang: Lang) => LAYOUT_STYLE[kind]?.name[lang] ?? kind;
const membershipText = (info: LayoutElementInfo | undefined, lang: Lang) =>
  info?.membership ? t(lang, info.membership === 'text' ? 'membershipText' : 'membershipReading') : undefined;
const lineText = (lang: Lang, line: number) => `${t(lang, 'line')} ${formatNumber(line, lang, 0)}`;

/** The element's label in a language (English falls back to Chinese). */
const labelOf = (p: LayoutFeatureProps, info: LayoutElementInfo | undefined, lang: Lang) =>
  info ? info.label[lang] : lang === 'en' && p.role !== 'point' ? (p.labelEn ?? p.element) : p.element;

/**
 * Where an element's points come from, in the page's language, from the gazetteer's precision of its
 * places: “点位：政府驻地的近似位置、大致位置（据一般知识，非实测）”; null when it has none (drawn
 * from boundary polygons only).
 */
export function positionsText(info: Pick<LayoutElementInfo, 'positions'>, lang: Lang): string | null {
  const p = info.positions;
  if (!p) return null;
  const known = [...(p.seat ? [t(lang, 'positionSeat')] : []), ...(p.approx ? [t(lang, 'positionApprox')] : [])];
  const parts = [
    ...(known.length ? [`${known.join(lang === 'zh' ? '、' : ', ')}${lang === 'zh' ? `（${t(lang, 'positionsGeneral')}）` : ` (${t(lang, 'positionsGeneral')})`}`] : []),
    ...(p.anchor ? [t(lang, 'positionAnchor')] : []),
  ];
  if (parts.length === 0) return null;
  return `${t(lang, 'planPositions')}${lang === 'zh' ? '：' : ': '}${parts.join(lang === 'zh' ? '；' : '; ')}`;
}

/**
 * A note in the page's language (shipped notes are {zh, en}); a draft's plain string as written, with
 * no language claimed for it.
 */
function noteParagraph(note: NoteText, lang: Lang, className?: string): HTMLElement {
  const p = el('p', className, typeof note === 'string' ? note : note[lang]);
  if (typeof note !== 'string') p.lang = lang;
  return p;
}

export interface PlanDetailHandlers {
  /** Open a document at a line (the map emits it as its 'source' event). */
  onSource(ref: SourceRef): void;
}

/**
 * Plan elements on screen: the tooltip text, the detail card (label, kind, part, source line, whose
 * the member list is and on which lines, the spec's note), and the per-plan details it reads
 * (data/layouts-details.json, fetched once with the overlays).
 */
export class PlanDetail {
  readonly element: HTMLElement;
  private details: Promise<Map<string, LayoutDetails>> | null = null;
  private loaded: Map<string, LayoutDetails> | null = null;
  private shown: { props: LayoutFeatureProps; draft: boolean } | null = null;
  private lang: Lang;

  constructor(
    parent: HTMLElement,
    private readonly base: string,
    lang: Lang,
    private readonly handlers: PlanDetailHandlers,
  ) {
    this.lang = lang;
    this.element = el('section', 'plan-detail');
    this.element.hidden = true;
    this.element.setAttribute('aria-live', 'polite');
    parent.append(this.element);
  }

  /** The details of every shipped plan (an empty map when the file is missing or invalid: the overlay still draws). */
  load(): Promise<Map<string, LayoutDetails>> {
    return (this.details ??= loadJson('layouts-details.json', () => import('../core/schema/layouts-index.ts').then((m) => m.LayoutsDetailsSchema), this.base)
      .then((file) => new Map(Object.entries(file.layouts)))
      .catch((error: unknown) => {
        console.warn(`pilot-atlas: ${(error as Error).message}`);
        return new Map<string, LayoutDetails>();
      })
      .then((map) => (this.loaded = map)));
  }

  /** The details of one plan, once loaded. */
  async of(layout: string): Promise<LayoutDetails | undefined> {
    return (await this.load()).get(layout);
  }

  private info(p: LayoutFeatureProps, draft: boolean): LayoutElementInfo | undefined {
    if (draft) return undefined; // a draft may differ from the shipped spec of the same id
    return this.loaded?.get(p.layout)?.elements.find((e) => e.partIndex === p.partIndex && e.elementIndex === p.elementIndex);
  }

  /** One line for the hover tooltip: label (or member and element), kind, and whose the members are. */
  tooltip(p: LayoutFeatureProps, lang: Lang, draft = false): string {
    const info = this.info(p, draft);
    const element = labelOf(p, info, lang);
    const name = p.role === 'point' && p.member ? `${lang === 'en' ? (p.labelEn ?? p.label) : p.label}（${element}）` : element;
    return [name, kindName(p.kind, lang), membershipText(info, lang)].filter(Boolean).join(' · ');
  }

  /** Shows the detail card of a picked plan feature. */
  show(p: LayoutFeatureProps, lang: Lang, draft = false): void {
    this.shown = { props: p, draft };
    this.lang = lang;
    this.render();
  }

  hide(): void {
    this.shown = null;
    this.element.hidden = true;
    this.element.replaceChildren();
  }

  get isOpen(): boolean {
    return this.shown !== null;
  }

  setLang(lang: Lang): void {
    this.lang = lang;
    if (this.shown) this.render();
  }

  private sourceButton(doc: string, line: number, text: string, className: string): HTMLButtonElement {
    const button = el('button', `link-button ${className}`, lineText(this.lang, line));
    button.type = 'button';
    button.title = t(this.lang, 'openSource');
    button.dataset.line = String(line);
    button.addEventListener('click', () => this.handlers.onSource({ doc, line, text }));
    return button;
  }

  private render(): void {
    if (!this.shown) return;
    const { props: p, draft } = this.shown;
    const lang = this.lang;
    const info = this.info(p, draft);
    const plan = draft ? undefined : this.loaded?.get(p.layout);
    const label = labelOf(p, info, lang);

    const header = el('header');
    const titles = el('div');
    titles.append(el('h2', undefined, label), el('p', 'plan-detail-sub', `${kindName(p.kind, lang)} · “${p.formula}” › ${p.part}`));
    const close = el('button', 'atlas-button plan-detail-close', '×');
    close.type = 'button';
    close.setAttribute('aria-label', t(lang, 'planElementClose'));
    close.addEventListener('click', () => this.hide());
    header.append(titles, close);

    const source = el('p', 'plan-detail-source', `${t(lang, 'sourceOf')}: `);
    source.append(this.sourceButton(p.doc, p.line, p.element, 'plan-detail-line'));

    const body: HTMLElement[] = [header, source];
    const membership = membershipText(info, lang);
    if (info && membership) {
      const row = el('p', `plan-detail-membership is-${info.membership}`, membership);
      if (info.basis?.length) {
        row.append(document.createTextNode(` · ${t(lang, 'membershipBasis')} `));
        info.basis.forEach((line, i) => {
          if (i > 0) row.append(document.createTextNode(lang === 'zh' ? '、' : ', '));
          row.append(this.sourceButton(p.doc, line, p.element, 'plan-detail-basis'));
        });
      }
      body.push(row);
    }
    const positions = info ? positionsText(info, lang) : null;
    if (positions) body.push(el('p', 'plan-detail-positions', positions));
    if (info?.note) body.push(noteParagraph(info.note, lang, 'plan-detail-note'));
    if (plan?.note) {
      const about = el('details', 'plan-detail-about');
      const summary = el('summary', undefined, t(lang, 'planAbout'));
      about.append(summary, noteParagraph(plan.note, lang));
      body.push(about);
    }
    this.element.replaceChildren(...body);
    this.element.setAttribute('aria-label', label);
    this.element.hidden = false;
  }
}

/** A status line over the map while a plan's overlay loads. */
export function planLoadingCue(parent: HTMLElement, lang: Lang): { show(on: boolean, lang?: Lang): void } {
  const cue = el('p', 'plan-loading', t(lang, 'planLoading'));
  cue.setAttribute('role', 'status');
  cue.hidden = true;
  parent.append(cue);
  return {
    show(on, l) {
      if (l) cue.textContent = t(l, 'planLoading');
      cue.hidden = !on;
      if (on) parent.append(cue); // keep it above the map's canvases
    },
  };
}

/**
 * fitBounds padding that keeps a plan clear of the legends in the map's bottom corners (the plan's
 * on the right, the thematic one on the left): each is avoided either beside it (its width on its
 * side) or above it (its height at the bottom), whichever choice leaves the largest free area;
 * `base` elsewhere.
 */
export function legendPadding(
  container: HTMLElement,
  legends: readonly HTMLElement[],
  base = 60,
): { top: number; right: number; bottom: number; left: number } {
  const c = container.getBoundingClientRect();
  const even = { top: base, right: base, bottom: base, left: base };
  const boxes = legends
    .filter((l) => !l.hidden)
    .map((l) => l.getBoundingClientRect())
    .filter((r) => r.width > 0 && r.height > 0)
    .map((r) => ({
      side: (r.left + r.right) / 2 > c.left + c.width / 2 ? ('right' as const) : ('left' as const),
      beside: r.left + r.right > c.left * 2 + c.width ? Math.ceil(c.right - r.left) + 16 : Math.ceil(r.right - c.left) + 16,
      above: Math.ceil(c.bottom - r.top) + 16,
    }));
  let best = { padding: even, area: -1 };
  for (let choice = 0; choice < 2 ** boxes.length; choice++) {
    const padding = { ...even };
    boxes.forEach((b, i) => {
      if (choice & (1 << i)) padding.bottom = Math.max(padding.bottom, b.above);
      else padding[b.side] = Math.max(padding[b.side], b.beside);
    });
    const area = Math.max(0, c.width - padding.left - padding.right) * Math.max(0, c.height - padding.top - padding.bottom);
    if (area > best.area) best = { padding, area };
  }
  // A frame too small for any choice (a small embed): a plain margin, a legend may then cover a corner.
  return best.area >= 120 * 120 ? best.padding : { top: 10, right: 10, bottom: 10, left: 10 };
}
