import type { AtlasController } from '../mount.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { MemberToPlace } from '../../core/layout/place-by-click.ts';
import type { LayoutEditor } from '../editor/layout-editor.ts';

/**
 * The layout editor loads on first use: it brings the gazetteer and the compiler's UI. Returns the
 * function that opens it with a spec's text (a draft made from a person's document).
 */
export function installEditorButton(
  atlas: AtlasController,
  data: Promise<AtlasData>,
  base: string,
): (spec: string, toPlace?: readonly MemberToPlace[]) => Promise<void> {
  const button = document.getElementById('atlas-editor') as HTMLButtonElement;
  const main = document.querySelector('main')!;
  let editor: LayoutEditor | null = null;
  const create = async (spec: string | null, toPlace: readonly MemberToPlace[] = [], again = false) => {
    const [{ LayoutEditor }, d] = await Promise.all([import('../editor/layout-editor.ts'), data]);
    if (editor) return;
    const state = atlas.getState();
    if (state.pilot && !again) atlas.setState({ pilot: null });
    editor = new LayoutEditor(main, {
      base,
      lang: state.lang,
      layouts: d.layouts,
      counties: (await d.withCounties()).counties.features,
      current: state.layout,
      ...(spec !== null ? { text: spec, toPlace, fly: !again } : {}),
      pickPoints: (take) => atlas.pickPoints(take),
      draw: (features, fly) => atlas.setDraft(features, fly),
      onClose: () => {
        editor!.element.hidden = true;
        atlas.setDraft(null);
      },
    });
  };
  button.addEventListener('click', async () => {
    if (editor) {
      editor.element.hidden = !editor.element.hidden;
      if (editor.element.hidden) atlas.setDraft(null);
      return;
    }
    await create(null);
  });
  // The editor speaks the page's language: made again in the new one, with its text, open or closed as it was, the map where it is.
  atlas.watch(['lang'], () => {
    if (!editor) return;
    const { value, toPlace, element } = editor;
    const hidden = element.hidden;
    editor.destroy();
    editor = null;
    void create(value, toPlace, true).then(() => {
      if (editor) editor.element.hidden = hidden;
    });
  });
  return async (spec, toPlace = []) => {
    if (editor) {
      editor.element.hidden = false;
      await editor.setText(spec, toPlace);
    } else await create(spec, toPlace);
  };
}
