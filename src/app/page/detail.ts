import { DetailPanel } from '../detail-panel.ts';
import { DocViewer } from '../doc-viewer.ts';
import { provinceNamer } from '../province-names.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { ViewState } from '../../core/url-state.ts';
import type { Page } from './context.ts';

/** The detail panel of the selected pilot, and the source viewer its numbers open. */
export function installDetail({ atlas, data, pilot, base, main }: Page): void {
  const { records, formulas } = data;
  const viewer = new DocViewer(document.body, data.documents, base, atlas.getState().lang);
  const openSource = (ref: SourceRef) => void viewer.open(ref).catch((error: unknown) => console.error(error));
  atlas.on('source', openSource);
  const panel = new DetailPanel(main, {
    onClose: () => atlas.setState({ pilot: null }),
    onSource: openSource,
    onLayout: (id) => atlas.setState({ layout: id }),
    provinceName: provinceNamer(data.china),
  });
  const showPanel = (state: ViewState) => {
    const shown = pilot(state.pilot);
    if (!shown) return panel.hide();
    panel.show(
      shown,
      records.filter((r) => r.pilot === shown.id),
      formulas.filter((f) => f.pilot === shown.id),
      data.layouts.filter((l) => l.pilot === shown.id),
      state.lang,
    );
  };
  atlas.watch(['pilot', 'lang'], (state, previous) => {
    showPanel(state);
    if (state.lang !== previous.lang) viewer.setLang(state.lang);
  });
  showPanel(atlas.getState());
}
