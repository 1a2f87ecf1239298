import type { Page } from './context.ts';
import type { PilotDetail } from './pilot-detail.ts';

/**
 * The detail panel and the source viewer, loaded on first use: when a pilot is selected (or a link
 * names one) or a source is asked for.
 */
export function installDetail(page: Page): void {
  const { atlas } = page;
  let detail: Promise<PilotDetail> | null = null;
  const load = () => {
    detail ??= import('./pilot-detail.ts').then(({ pilotDetail }) => pilotDetail(page));
    detail.catch((error: unknown) => {
      console.error(error);
      detail = null; // a later request tries again
    });
    return detail;
  };
  atlas.on('source', (ref) => void load().then((d) => d.openSource(ref), () => undefined));
  const show = () => void load().then((d) => d.show(atlas.getState()), () => undefined);
  atlas.watch(['pilot', 'lang'], (state) => {
    if (detail || state.pilot) show();
  });
  if (atlas.getState().pilot) show();
}
