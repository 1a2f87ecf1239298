import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../../core/url-state.ts';
import { labelFields } from '../../render/basemap-style.ts';
import { COUNTRY_LABEL_LAYER } from '../../render/layer-ids.ts';
import { insetOfWidth, insetSvg } from '../../map-export/svg-inset.ts';
import { mapChrome, type MapChrome } from '../compact.ts';
import { t } from '../i18n.ts';
import { showProblem } from '../notices.ts';
import type { FramePart, MapContext } from './context.ts';
import { MOUNT_DEFAULTS } from './defaults.ts';

/**
 * The frame around the map: the element's role and label, the South China Sea inset, the
 * attribution and legend button (compact.ts), the labels' language, and error notes.
 */
export class MapFrame implements FramePart {
  /** The South China Sea inset, shown at national scales. */
  readonly inset = document.createElement('div');
  private chrome: MapChrome | null = null;

  constructor(private readonly ctx: MapContext) {
    this.inset.className = 'scs-inset-box';
    const { element, state } = ctx;
    element.classList.add('atlas-map');
    element.setAttribute('role', 'region');
    element.setAttribute('aria-label', t(state.lang, 'mapLabel'));
  }

  /** Once the map exists: its attribution and legend button, and the inset. */
  attach(map: MapLibreMap): void {
    this.chrome = mapChrome(this.ctx.element, map, this.ctx.state.lang);
    this.renderInset();
  }

  /**
   * Draws the inset the exports draw (src/map-export/svg-inset.ts), at the screen's size: written as
   * SVG text with every value escaped, and read back as XML (never as HTML).
   */
  renderInset(): void {
    const { data, map, state } = this.ctx;
    if (!data || !map) return;
    const { basemap, china, southChinaSea } = data;
    const text = insetSvg({ land: basemap.land, provinces: china.provinces, provinceLines: china.provinceLines, outline: china.outline, islands: southChinaSea }, state.lang, insetOfWidth(MOUNT_DEFAULTS.insetWidth));
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    this.inset.replaceChildren(document.importNode(svg, true));
    this.followZoom();
  }

  /** The inset hides when the map is zoomed in beyond national scales. */
  followZoom(): void {
    if (this.ctx.map) this.inset.hidden = this.ctx.map.getZoom() > MOUNT_DEFAULTS.insetMaxZoom;
  }

  /** Labels, the attribution, the plan's words and the inset in `lang`. */
  setLang(lang: Lang): void {
    const { map, element, plan } = this.ctx;
    if (!map) return;
    for (const { id, field } of labelFields(map.getStyle(), lang)) map.setLayoutProperty(id, 'text-field', field as string);
    map.setLayoutProperty(COUNTRY_LABEL_LAYER, 'text-transform', lang === 'en' ? 'uppercase' : 'none');
    element.setAttribute('aria-label', t(lang, 'mapLabel'));
    void plan.show(false);
    plan.details.setLang(lang);
    this.chrome?.setLang(lang);
    this.renderInset();
  }

  /** The map could not be shown: says why, over it. */
  showError(error: Error): void {
    const box = document.createElement('p');
    box.className = 'atlas-error';
    box.setAttribute('role', 'alert');
    box.textContent = `${t(this.ctx.state.lang, 'loadError')}: ${error.message}`;
    this.ctx.element.append(box);
  }

  /** A dismissible notice of a data file the map goes on without (names the file and the place). */
  showProblem(problem: unknown): void {
    showProblem(this.ctx.element, problem, this.ctx.state.lang);
  }
}
