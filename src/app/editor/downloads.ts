import type { LayoutFeature } from '../../core/layout/index.ts';
import type { Lang } from '../../core/url-state.ts';
import { downloadText } from '../download.ts';
import { t } from '../i18n.ts';
import { button, el } from '../dom.ts';

/** The file name a spec is saved under: its id where it is a plain one (a–z, 0–9, -), else "layout". */
export function specId(text: string): string {
  try {
    const id = (JSON.parse(text) as { id?: unknown }).id;
    return typeof id === 'string' && /^[a-z0-9-]+$/.test(id) ? id : 'layout';
  } catch {
    return 'layout';
  }
}

/** The editor's download buttons: the spec's text as it stands, and the features it compiled to as GeoJSON. */
export function editorDownloads(lang: Lang, text: () => string, features: () => LayoutFeature[]): HTMLElement {
  const actions = el('div', 'layout-editor-actions');
  const saveSpec = button('atlas-button', t(lang, 'downloadSpec'));
  saveSpec.addEventListener('click', () => downloadText(`${specId(text())}.json`, 'application/json', text()));
  const saveGeo = button('atlas-button', t(lang, 'downloadGeojson'));
  saveGeo.addEventListener('click', () =>
    downloadText(`${specId(text())}.geojson`, 'application/geo+json', JSON.stringify({ type: 'FeatureCollection', features: features() }, null, 1)),
  );
  actions.append(saveSpec, saveGeo);
  return actions;
}
