import { bbox } from '@turf/turf';
import { SearchBox } from '../search/search-box.ts';
import { searchEntries, type SearchGazetteer } from '../search/entry.ts';
import { loadChecked } from '../load.ts';
import type { Page } from './context.ts';

/** The smallest extent a pick is framed on, degrees: a town is shown with the country around it. */
const MIN_SPAN = 0.3;

/**
 * Search: by Chinese name, alias, pinyin or initials; "/" focuses it. A pick selects the pilot and
 * frames its extent (a town a few km across): as bounds, fitted again when the map's size changes, as
 * it does when the pilot's panel opens (beside the map, or under it on a phone).
 */
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
      const [x, y] = [(w + e) / 2, (s + n) / 2];
      const half = Math.max(e - w, n - s, MIN_SPAN) / 2;
      atlas.setState({ pilot: id, bounds: [Math.min(w, x - half), Math.min(s, y - half), Math.max(e, x + half), Math.max(n, y + half)] });
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
