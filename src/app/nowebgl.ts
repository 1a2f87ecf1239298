import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PilotProps } from '../core/schema/pilots.ts';
import type { ViewState } from '../core/url-state.ts';
import type { AtlasData } from './atlas-data.ts';
import { t, type StringKey } from './i18n.ts';
import { filterPilots, thematicView, type ThematicView } from './thematic-view.ts';

/** What the SVG map cannot do: each says, in the user's language, that it needs WebGL. */
export type NeedsWebGL = 'png' | 'plans' | 'import' | 'editor';

const MESSAGES: Record<NeedsWebGL, StringKey> = {
  png: 'needsWebglPng',
  plans: 'needsWebglPlans',
  import: 'needsWebglImport',
  editor: 'needsWebglEditor',
};

/** The state keys the SVG depends on: a change to any of them redraws it. */
const DRAWN_KEYS = ['indicator', 'year', 'method', 'breaks', 'classes', 'scheme', 'province', 'level', 'doc', 'agg', 'lang'] as const;

/** The map of a browser without WebGL: the national thematic map as SVG, following the state. */
export interface Fallback {
  /** Follows a state change: redraws the SVG when the picture changes; a plan asked for says it needs WebGL. */
  update(state: ViewState, previous: ViewState): void;
  /** Draws the SVG again from the data (a person's document added its units to the pilots, or took them out). */
  redraw(): void;
  /** Shows, in the user's language, that `what` needs WebGL; returns that message as an Error (to reject with). */
  needsWebGL(what: NeedsWebGL): Error;
}

export interface FallbackHost {
  /** The current state (it may change while the export code loads). */
  state(): ViewState;
  /** The thematic view was recomputed (null: plain pilots). */
  onView(view: ThematicView | null): void;
  /** The user clicked a pilot on the SVG (null: elsewhere on the map). */
  onSelect(id: string | null): void;
}

/**
 * Without WebGL: says so, and draws the thematic map as SVG with d3 (src/map-export/national-svg.ts), the
 * same picture the SVG export gives. It is redrawn when the measure, year, classes, filters or
 * language change, so the thematic controls, the table and stories keep working; province means are
 * drawn as filled provinces, and the units of a person's document as the pilots are. Plans, PNG export, imported data and the editor's drawing cannot be
 * drawn: asking for them shows a notice that they need WebGL.
 */
export async function mountFallback(element: HTMLElement, data: AtlasData, host: FallbackHost): Promise<Fallback> {
  const { nationalSvg } = await import('../map-export/index.ts');
  // Read at each drawing: a person's document adds its units to the pilots after the load.
  const pilotsNow = () => data.pilots.features.map((f) => f.properties);
  let svg: Element | null = null;
  let needs: NeedsWebGL | null = null;

  const note = document.createElement('p');
  note.className = 'atlas-error atlas-nowebgl';
  note.setAttribute('role', 'status');

  const notice = document.createElement('p');
  notice.className = 'atlas-error atlas-needs-webgl';
  notice.setAttribute('role', 'alert');
  notice.hidden = true;
  const noticeText = document.createElement('span');
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'link-button';
  close.textContent = ' ×';
  close.addEventListener('click', () => hideNotice());
  notice.append(noticeText, close);

  const hideNotice = () => {
    needs = null;
    notice.hidden = true;
  };
  const showNotice = () => {
    if (!needs) return;
    const { lang } = host.state();
    noticeText.textContent = t(lang, MESSAGES[needs]);
    close.setAttribute('aria-label', t(lang, 'close'));
    notice.hidden = false;
  };

  /** Province means as features the SVG fills like pilot areas (the province view of the thematic map). */
  const provinceMarks = (view: ThematicView): { pilots: FeatureCollection<Geometry, PilotProps>; colourOf: (id: string) => string | null } => {
    const means = new Map(view.provinces.map((p) => [p.province, p.mean]));
    const features = data.china.provinces.features
      .filter((f) => means.has(f.properties.name))
      .map((f) => ({ type: 'Feature', geometry: f.geometry, properties: { id: `province:${f.properties.name}`, name: f.properties.name, nameEn: f.properties.name } }) as unknown as Feature<Geometry, PilotProps>);
    return {
      pilots: { type: 'FeatureCollection', features },
      colourOf: (id) => {
        const mean = means.get(id.slice('province:'.length));
        return mean === undefined ? null : mean === null ? view.model.noData.colour : view.colourOfValue(mean);
      },
    };
  };

  const draw = () => {
    const state = host.state();
    const pilots = pilotsNow();
    const view = thematicView(state, data.records, pilots, data.docsOf);
    const shown = new Set((view ? view.shown : filterPilots(state, pilots, data.docsOf)).map((p) => p.id));
    const marks =
      view && state.agg === 'province'
        ? provinceMarks(view)
        : {
            pilots: { ...data.pilots, features: data.pilots.features.filter((f) => shown.has(f.properties.id)) },
            ...(view ? { colourOf: (id: string) => view.colourOf(id) } : {}),
          };
    const text = nationalSvg({
      china: data.china,
      southChinaSea: data.southChinaSea,
      land: data.basemap.land,
      ...marks,
      ...(view ? { legend: view.model } : {}),
      title: view ? view.model.title : t(state.lang, 'title'),
      subtitle: t(state.lang, 'subtitle'),
      source: t(state.lang, 'boundaryCredit'),
      date: new Date().toISOString().slice(0, 10),
      lang: state.lang,
    });
    const next = document.importNode(new DOMParser().parseFromString(text, 'image/svg+xml').documentElement, true);
    next.setAttribute('class', 'atlas-fallback-svg');
    next.setAttribute('role', 'img');
    next.setAttribute('aria-label', view ? view.model.title : t(state.lang, 'mapLabel'));
    if (svg) svg.replaceWith(next);
    else element.prepend(next);
    svg = next;
    note.textContent = t(state.lang, 'noWebgl');
    showNotice();
    host.onView(view);
  };

  // A click on a pilot selects it (its detail panel opens), as on the WebGL map.
  element.addEventListener('click', (event) => {
    const target = event.target as Element | null;
    if (!svg || !target || !svg.contains(target)) return;
    const id = target.closest('[data-id]')?.getAttribute('data-id') ?? null;
    host.onSelect(id && !id.startsWith('province:') ? id : null);
  });

  element.append(note, notice);
  element.classList.add('is-fallback');
  draw();

  const fallback: Fallback = {
    update(state, previous) {
      if (DRAWN_KEYS.some((k) => JSON.stringify(state[k]) !== JSON.stringify(previous[k]))) draw();
      if (state.layout && state.layout !== previous.layout) fallback.needsWebGL('plans');
      else if (!state.layout && needs === 'plans') hideNotice();
    },
    redraw: draw,
    needsWebGL(what) {
      needs = what;
      showNotice();
      return new Error(t(host.state().lang, MESSAGES[what]));
    },
  };
  if (host.state().layout) fallback.needsWebGL('plans');
  return fallback;
}
