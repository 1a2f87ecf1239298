import type { AtlasController } from './mount.ts';
import type { AtlasData } from './atlas-data.ts';
import type { ThematicView } from './thematic-view.ts';
import { t } from './i18n.ts';
import { downloadBlob, downloadText } from './download.ts';
import { el } from './dom.ts';
import { installPrint } from '../map-export/print.ts';
import { layoutFeatureLoader } from './layout-features.ts';
import type { LayoutFeature } from '../core/layout/features.ts';


/** The map's title, source line and date, for exports; `national` leaves the plan out (the national SVG). */
function exportText(atlas: AtlasController, data: AtlasData, view: ThematicView | null, national = false) {
  const state = atlas.getState();
  const lang = state.lang;
  const layout = state.layout && !national ? data.layoutById(state.layout) : undefined;
  const title = layout ? layout.title[lang] : view ? view.model.title : t(lang, 'title');
  const subtitle = layout ? t(lang, 'schematic') : t(lang, 'subtitle');
  const docs = layout ? data.documents.filter((d) => d.id === layout.source.doc) : data.documents;
  const source = `${docs.map((d) => (lang === 'zh' ? d.title : d.titleEn)).join(lang === 'zh' ? '；' : '; ')}${lang === 'zh' ? '。' : '. '}${t(lang, 'boundaryCredit')}`;
  const date = new Date().toISOString().slice(0, 10);
  return { title, subtitle, source, date };
}

/** The compiled features of each plan, fetched (and checked) on the first plan SVG. */
let planFeatures: ReturnType<typeof layoutFeatureLoader> | null = null;

/** Saves the plan on the map as an SVG: its overlay framed to its extent, with its legend. */
async function savePlanSvg(atlas: AtlasController, data: AtlasData, plan: AtlasData['layouts'][number]): Promise<void> {
  const { planSvg } = await import('../map-export/plan-svg.ts');
  planFeatures ??= layoutFeatureLoader(document.baseURI);
  const features = (await planFeatures()).get(plan.id) ?? [];
  const text = exportText(atlas, data, atlas.getView());
  const svg = planSvg({
    plan,
    features,
    china: await data.withCounties(),
    land: data.basemap.land,
    pilots: data.pilots,
    title: text.title,
    subtitle: text.subtitle,
    source: text.source,
    date: text.date,
    lang: atlas.getState().lang,
  });
  downloadText(`pilot-atlas-${plan.id}.svg`, 'image/svg+xml', svg);
}

/**
 * The export menu: PNG of the view at 1×, 2× and 4× (with title, legend, scale bar, north arrow,
 * source and date), with a plan open an SVG of the plan (its overlay and legend), an SVG of the
 * national thematic map in an Albers projection with the South China Sea inset, and printing on A4
 * or A3 landscape.
 */
export function exportMenu(parent: HTMLElement, atlas: AtlasController, data: AtlasData): HTMLDetailsElement {
  const getView = () => atlas.getView();
  const menu = el('details', 'export-menu');
  const summary = el('summary', 'atlas-button');
  const list = el('div', 'export-menu-list');
  menu.append(summary, list);
  const render = () => {
    const lang = atlas.getState().lang;
    const layoutId = atlas.getState().layout;
    const plan = layoutId ? data.layoutById(layoutId) : undefined;
    summary.textContent = t(lang, 'export');
    const button = (label: string, name: string, action: () => Promise<void> | void) => {
      const b = el('button', 'atlas-button', label);
      b.type = 'button';
      b.dataset.export = name;
      b.addEventListener('click', async () => {
        menu.open = false;
        document.documentElement.setAttribute('data-exporting', name);
        try {
          await action();
        } catch (error) {
          console.error(error);
        } finally {
          document.documentElement.removeAttribute('data-exporting');
        }
      });
      return b;
    };
    list.replaceChildren(
      ...([1, 2, 4] as const).map((scale) =>
        button(`PNG ${scale}×`, `png-${scale}`, async () => downloadBlob(`pilot-atlas-${scale}x.png`, await atlas.exportPng(scale, exportText(atlas, data, getView())))),
      ),
      ...(plan ? [button(t(lang, 'exportPlanSvg'), 'svg', () => savePlanSvg(atlas, data, plan))] : []),
      button(t(lang, 'exportSvg'), plan ? 'svg-national' : 'svg', async () => {
        const { nationalSvg } = await import('../map-export/index.ts');
        const view = getView();
        const text = exportText(atlas, data, view, true);
        const svg = nationalSvg({
          china: data.china,
          southChinaSea: data.southChinaSea,
          land: data.basemap.land,
          pilots: data.pilots,
          ...(view ? { colourOf: (id: string) => (view.shown.some((p) => p.id === id) ? view.colourOf(id) : null), legend: view.model } : {}),
          title: text.title,
          subtitle: text.subtitle,
          source: text.source,
          date: text.date,
          lang: atlas.getState().lang,
        });
        downloadText('pilot-atlas-national.svg', 'image/svg+xml', svg);
      }),
      ...(['A4', 'A3'] as const).map((size) =>
        button(`${t(lang, 'print')} ${size}`, `print-${size}`, () => {
          document.documentElement.classList.toggle('print-a3', size === 'A3');
          window.print();
        }),
      ),
    );
  };
  render();
  atlas.on('state', render);
  parent.append(menu);
  // Printing (from the menu or the browser's own command) prints what is on the map, titled with it.
  const map = document.querySelector<HTMLElement>('.atlas-map');
  if (map) {
    installPrint({
      map,
      header: parent.closest<HTMLElement>('.atlas-header'),
      heading: () => {
        const text = exportText(atlas, data, getView());
        return { title: text.title, subtitle: text.subtitle };
      },
    });
  }
  return menu;
}
