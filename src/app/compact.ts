import { AttributionControl, type Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../core/url-state.ts';
import { t } from './i18n.ts';
import './compact.css';

/**
 * Below this size (of the map, px) the map is “compact”: embeds in small frames, phones. The
 * legends fold into a button, the attribution into MapLibre's ⓘ toggle, and the South China Sea
 * inset shrinks (compact.css), so that the map stays the larger part of the frame.
 */
export const COMPACT_BELOW = { width: 860, height: 560 };

export const isCompactSize = (width: number, height: number): boolean => width < COMPACT_BELOW.width || height < COMPACT_BELOW.height;

/** Marks `element` compact or not by its size now (before the map exists, so that what is measured for the first view is what will show). */
export function markCompact(element: HTMLElement): boolean {
  const compact = isCompactSize(element.clientWidth, element.clientHeight);
  element.classList.toggle('is-compact', compact);
  return compact;
}

export interface MapChrome {
  /** Redraws the attribution and the legend button in `lang`. */
  setLang(lang: Lang): void;
}

/**
 * The attribution and the legend button of a mounted map, which follow the map's size: at a
 * compact size the attribution starts folded (ⓘ opens it) and the legends hide behind a “Legend”
 * button (`.atlas-legend-toggle`, aria-expanded).
 */
export function mapChrome(element: HTMLElement, map: MapLibreMap, lang0: Lang): MapChrome {
  let lang = lang0;
  let compact: boolean | null = null;
  let attribution: AttributionControl | null = null;

  const toggle = document.createElement('button');
  toggle.type = 'button';
  toggle.className = 'atlas-button atlas-legend-toggle';
  toggle.setAttribute('aria-expanded', 'false');
  toggle.addEventListener('click', () => {
    const open = !element.classList.contains('legends-open');
    element.classList.toggle('legends-open', open);
    toggle.setAttribute('aria-expanded', String(open));
  });
  element.append(toggle);

  const drawAttribution = () => {
    if (attribution) map.removeControl(attribution);
    attribution = new AttributionControl({ compact: Boolean(compact), customAttribution: t(lang, 'boundaryCredit') });
    map.addControl(attribution, 'bottom-right');
    // MapLibre opens a compact attribution at first; a small frame starts with it folded.
    if (compact) element.querySelector('.maplibregl-ctrl-attrib')?.classList.remove('maplibregl-compact-show');
  };

  const fit = () => {
    const next = markCompact(element);
    if (next === compact) return;
    compact = next;
    if (!compact) {
      element.classList.remove('legends-open');
      toggle.setAttribute('aria-expanded', 'false');
    }
    drawAttribution();
  };

  const label = () => {
    const arrow = document.createElement('span');
    arrow.className = 'atlas-legend-arrow';
    arrow.setAttribute('aria-hidden', 'true');
    toggle.replaceChildren(t(lang, 'legend'), arrow);
  };
  const setLang = (next: Lang) => {
    lang = next;
    label();
    drawAttribution();
  };

  label();
  fit();
  map.on('resize', fit);
  return { setLang };
}
