import type { AtlasController } from '../mount.ts';
import type { AtlasData } from '../atlas-data.ts';

/** The layout editor loads on first use: it brings the gazetteer and the compiler's UI. */
export function installEditorButton(atlas: AtlasController, data: Promise<AtlasData>, base: string): void {
  const button = document.getElementById('atlas-editor') as HTMLButtonElement;
  const main = document.querySelector('main')!;
  let editor: { element: HTMLElement } | null = null;
  button.addEventListener('click', async () => {
    if (editor) {
      editor.element.hidden = !editor.element.hidden;
      if (editor.element.hidden) atlas.setDraft(null);
      return;
    }
    const [{ LayoutEditor }, d] = await Promise.all([import('../editor/layout-editor.ts'), data]);
    const state = atlas.getState();
    if (state.pilot) atlas.setState({ pilot: null });
    editor = new LayoutEditor(main, {
      base,
      lang: state.lang,
      layouts: d.layouts,
      counties: (await d.withCounties()).counties.features,
      current: state.layout,
      draw: (features, fly) => atlas.setDraft(features, fly),
      onClose: () => {
        editor!.element.hidden = true;
        atlas.setDraft(null);
      },
    });
  });
}
