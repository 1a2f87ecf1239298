import { DetailPanel } from '../detail-panel.ts';
import { DocViewer } from '../doc-viewer.ts';
import { provinceNamer } from '../province-names.ts';
import type { SourceRef } from '../../core/schema/indicators.ts';
import type { ViewState } from '../../core/url-state.ts';
import type { Page } from './context.ts';
import type { UnplaceableEntry } from '../../core/layout/unplaceable.ts';
import { loadJson } from '../load.ts';

export interface PilotDetail {
  /** Shows the panel of the state's pilot (hides it when none), in the state's language. */
  show(state: ViewState): void;
  /** Opens the source viewer at a document's line. */
  openSource(ref: SourceRef): void;
}

/** The detail panel of the selected pilot, and the source viewer its numbers open. */
export function pilotDetail({ atlas, data, pilot, base, main }: Page): PilotDetail {
  const { records, formulas } = data;
  let lang = atlas.getState().lang;
  const viewer = new DocViewer(document.body, data.documents, base, lang);
  const openSource = (ref: SourceRef) => void viewer.open(ref).catch((error: unknown) => console.error(error));
  const panel = new DetailPanel(main, {
    onClose: () => atlas.setState({ pilot: null }),
    onSource: openSource,
    onLayout: (id) => atlas.setState({ layout: id }),
    provinceName: provinceNamer(data.china),
  });
  // Why each formula not drawn is not (layouts-unplaceable.json), fetched when a panel first shows one.
  let unplaced: UnplaceableEntry[] | null = null;
  let loading: Promise<void> | null = null;
  const loadUnplaced = () =>
    (loading ??= loadJson('layouts-unplaceable.json', () => import('../../core/layout/unplaceable.ts').then((m) => m.UnplaceableSchema), base)
      .then((file) => void (unplaced = file.formulas))
      .catch((error: unknown) => {
        console.warn(`pilot-atlas: ${(error as Error).message}`);
        unplaced = [];
      }));
  const show = (state: ViewState) => {
    if (state.lang !== lang) viewer.setLang((lang = state.lang));
    const shown = pilot(state.pilot);
    if (!shown) return panel.hide();
    const own = formulas.filter((f) => f.pilot === shown.id);
    panel.show(
      shown,
      records.filter((r) => r.pilot === shown.id),
      own,
      data.layouts.filter((l) => l.pilot === shown.id),
      state.lang,
      (unplaced ?? []).filter((e) => e.pilot === shown.id),
    );
    // Once the reasons arrive, the panel is shown again with them, if it still shows this pilot.
    if (unplaced === null && own.length > 0)
      void loadUnplaced().then(() => {
        const now = atlas.getState();
        if (now.pilot === shown.id) show(now);
      });
  };
  return { openSource, show };
}
