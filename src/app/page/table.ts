import type { Page } from './context.ts';

/**
 * The table view, loaded on first use: the first time the state asks for it (the button, a link
 * with `view=table`). Until then nothing of it is fetched.
 */
export function installTable(page: Page): void {
  const { atlas } = page;
  let panel: Promise<() => void> | null = null;
  const render = () => {
    if (!panel && atlas.getState().view !== 'table') return;
    panel ??= import('./table-panel.ts').then(({ tablePanel }) => tablePanel(page));
    panel.then(
      (draw) => draw(),
      (error: unknown) => {
        console.error(error);
        panel = null; // a later request tries again
      },
    );
  };
  // The measure, classes and filters change the thematic view (a 'view' event); these change the table alone.
  atlas.on('view', render);
  atlas.watch(['view', 'sort', 'lang', 'province', 'level', 'doc'], render);
  render();
}
