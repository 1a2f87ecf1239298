import { bbox } from '@turf/turf';
import { SearchBox } from '../search/search-box.ts';
import { searchEntries, type SearchGazetteer } from '../search/entry.ts';
import { loadChecked } from '../load.ts';
import type { Page } from './context.ts';

/** Search: by Chinese name, alias, pinyin or initials; "/" focuses it. A pick selects the pilot and frames it. */
export function installSearch(page: Page): void {
  const { atlas, data, pilotFeature, base } = page;
  let gazetteer: SearchGazetteer | undefined;
  const box = new SearchBox(document.getElementById('atlas-search')!, {
    entries: searchEntries(page.pilots),
    lang: atlas.getState().lang,
    onSelect: (id) => {
      const feature = pilotFeature(id);
      if (!feature) return;
      const [w, s, e, n] = bbox(feature);
      const span = Math.max(e - w, n - s, 0.02);
      const zoom = Math.max(4, Math.min(11, Math.log2(360 / span) - 0.6));
      atlas.setState({ pilot: id, camera: { center: [(w + e) / 2, (s + n) / 2], zoom, bearing: 0, pitch: 0 } });
    },
  });
  atlas.watch(['lang'], (state) => box.setLang(state.lang));
  // A person's document adds its units to the data's pilots (and takes them out when removed): the
  // search takes the pilots as they now are.
  atlas.on('data', () => box.setEntries(searchEntries(page.pilots, gazetteer)));
  addEventListener('keydown', (event) => {
    const target = event.target as HTMLElement | null;
    if (event.key === '/' && !(target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) {
      event.preventDefault();
      box.focus();
    }
  });
  // Aliases (章丘区 for 章丘市, 播州区 for 遵义县 …) come with the gazetteer, loaded when the search is first
  // used (focused by a click, a tab or "/"): until it arrives the box searches the pilots' own names and pinyin.
  document.getElementById('atlas-search')!.addEventListener(
    'focusin',
    () =>
      void (async () => {
        // A broken file is named on the map; the search goes on with the pilots' own names.
        gazetteer = (await loadChecked('gazetteer.json', base, Promise.resolve(data.checks)).catch((error: unknown) => void atlas.showProblem(error))) ?? undefined;
        if (gazetteer) box.setEntries(searchEntries(page.pilots, gazetteer));
      })(),
    { once: true },
  );
}
