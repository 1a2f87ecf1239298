/**
 * The app's page once the first view is on screen (main.ts drew it from the data alone): MapLibre and
 * the map, the header's tools, the table, search, plans, stories, a person's files and documents.
 */
import '../worker.ts';
import { mount, type AtlasController } from '../mount.ts';
import { installUserImport } from '../user-import.ts';
import { pageOf, type Page } from './context.ts';
import { installChrome } from './chrome.ts';
import { installHistory } from './history.ts';
import { installEditorButton } from './editor.ts';
import { installThematicSettings } from './thematic-settings.ts';
import { installSearch } from './search.ts';
import { installTable } from './table.ts';
import { installLayoutPicker } from './layout-picker.ts';
import { installDetail } from './detail.ts';
import type { AtlasData } from '../atlas-data.ts';
import type { FirstPaint } from '../map/first-paint.ts';
import type { ViewState } from '../../core/url-state.ts';

declare global {
  interface Window {
    pilotAtlas: AtlasController;
  }
}

export interface PageStart {
  /** The state the URL gives, and the parameters it gives in no valid form. */
  initial: ViewState;
  invalid: readonly { key: string; value: string }[];
  base: string;
  data: Promise<AtlasData>;
  firstPaint: FirstPaint | null;
}

export function startPage({ initial, invalid, base, data, firstPaint }: PageStart): void {
  const mapElement = document.getElementById('map')!;
  const tools = document.querySelector<HTMLElement>('.atlas-tools')!;
  const atlas = mount(mapElement, { state: initial, data, base, firstPaint });
  window.pilotAtlas = atlas;
  // Parameters the URL gives in no valid form are named on the map (and in the console), not applied.
  atlas.noteParams(invalid.map((p) => ({ ...p, reason: 'invalid' as const })));

  installChrome(atlas);
  installHistory(atlas, invalid.length > 0);
  const openSpec = installEditorButton(atlas, data, base);
  // A person's own planning document (text, Word, PDF): read, extracted and mapped in the browser,
  // its code loaded on first use, or after the first view when this browser keeps one from before.
  let documents: Promise<{ open(file: File): Promise<boolean> }> | null = null;
  const loadDocuments = () =>
    (documents ??= Promise.all([import('../document/index.ts'), data]).then(([m, d]) => {
      const host = { atlas, data: d, base, mapElement, openSpec };
      void m.installDocuments(host);
      return { open: (file: File) => m.openDocument(host, file) };
    }));
  void atlas.ready
    .then(() => import('../document/store.ts'))
    .then((store) => store.hasStoredDocuments())
    .then((kept) => (kept ? loadDocuments() : null))
    .catch((error: unknown) => console.error(error));
  // A user's own figures: a CSV or GeoJSON dropped on the map or chosen here, read in the browser only.
  installUserImport(atlas, mapElement, document.getElementById('atlas-import') as HTMLInputElement, async (file) => (await loadDocuments()).open(file));
  // What the first view does not need loads beside it or on first use, off the page's first download.
  const shareButton = document.getElementById('atlas-share') as HTMLButtonElement;
  let share: Promise<{ open(): void }> | null = null;
  shareButton.addEventListener('click', () => {
    share ??= import('../share-dialog.ts').then(({ ShareDialog }) => new ShareDialog(document.body, () => atlas.getState()));
    share.then(
      (dialog) => dialog.open(),
      (error: unknown) => {
        console.error(error);
        share = null;
      },
    );
  });
  // Presentations: stories in data/stories, played full screen from the keyboard.
  void import('../story/index.ts').then(({ mountStoryPlayer }) => mountStoryPlayer(document.body, atlas, { base, entry: tools, data }));

  /** The parts of the page that need the data; each is set up on its own, so one failing leaves the others. */
  const parts: ((page: Page) => void)[] = [
    installThematicSettings,
    installSearch,
    installTable,
    installLayoutPicker,
    installDetail,
    ({ data: d }) =>
      void import('../export-menu.ts').then(({ exportMenu }) => {
        const menu = exportMenu(tools, atlas, d);
        menu.parentElement!.insertBefore(menu, shareButton);
      }),
  ];
  void data.then((d) => {
    const page = pageOf(atlas, d, base);
    for (const install of parts) {
      try {
        install(page);
      } catch (error) {
        console.error(error);
      }
    }
  });

  atlas.ready.then(
    () => document.documentElement.setAttribute('data-atlas-ready', 'true'),
    () => document.documentElement.setAttribute('data-atlas-ready', 'error'),
  );
}
