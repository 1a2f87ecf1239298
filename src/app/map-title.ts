import type { ViewState } from '../core/url-state.ts';
import type { SourceDocument } from '../core/schema/manifest.ts';
import type { ThematicView } from './thematic-view.ts';
import { levelName, t } from './i18n.ts';
import { el } from './dom.ts';

export interface TitleContext {
  /** Pilots the filters leave, and all pilots. */
  shown: number;
  total: number;
  documents: readonly SourceDocument[];
  provinceName(province: string, lang: ViewState['lang']): string;
}

/**
 * What the map shows, said over it: the measure (with its year) or the pilots' locations, then the
 * filters and how many pilots have a value — so a screenshot or a projected slide explains itself.
 */
export function mapTitleText(state: ViewState, view: ThematicView | null, context: TitleContext): { title: string; sub: string } {
  const { lang } = state;
  const zh = lang === 'zh';
  const title = view ? (state.agg === 'province' ? `${view.model.title}${zh ? '：各省试点均值' : ': mean of the pilots in each province'}` : view.model.title) : t(lang, 'measureNone');
  const filters = [
    state.province ? context.provinceName(state.province, lang) : '',
    state.level ? levelName(lang, state.level) : '',
    state.doc ? (context.documents.find((d) => d.id === state.doc)?.[zh ? 'title' : 'titleEn'] ?? state.doc) : '',
  ].filter(Boolean);
  const valued = view ? view.shown.filter((p) => view.values.has(p.id)).length : null;
  const count = zh
    ? `${context.shown} 个试点${valued !== null ? `，${valued} 个有数值` : ''}`
    : `${context.shown} pilot${context.shown === 1 ? '' : 's'}${valued !== null ? `, ${valued} with a value` : ''}`;
  const scope = filters.length > 0 ? filters.join(' · ') : zh ? '全国' : 'China';
  return { title, sub: `${scope} · ${count}${context.shown < context.total ? (zh ? `（共 ${context.total} 个）` : ` (of ${context.total})`) : ''}` };
}

/** The title element over the map (text only). */
export function renderMapTitle(box: HTMLElement, text: { title: string; sub: string }): void {
  box.replaceChildren(el('h2', 'map-title-main', text.title), el('p', 'map-title-sub', text.sub));
}

/** Under a plan overlay the title is the plan's: what is drawn, whose plan, and that it is a schematic. */
export function planTitleText(plan: { title: Record<ViewState['lang'], string>; formula: string }, pilotName: string, lang: ViewState['lang']): { title: string; sub: string } {
  const sub = lang === 'zh' ? `${pilotName} · 示意图，非法定规划` : `${pilotName} · schematic, not a statutory plan`;
  // The Chinese title names the formula already; the English one translates it, so the formula follows.
  return { title: plan.title[lang], sub: lang === 'zh' || plan.title.en.includes(plan.formula) ? sub : `“${plan.formula}” · ${sub}` };
}
