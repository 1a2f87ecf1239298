import { ThematicControls } from '../thematic-controls.ts';
import { provinceNamer } from '../province-names.ts';
import type { Page } from './context.ts';

/** The thematic settings, over the map's top-left corner. */
export function installThematicSettings({ atlas, data, pilots, map }: Page): void {
  const collator = new Intl.Collator('zh-CN');
  const controls = new ThematicControls(map, {
    provinces: [...new Set(pilots.map((p) => p.province))].sort(collator.compare),
    provinceName: provinceNamer(data.china),
    levels: [...new Set(pilots.map((p) => p.level))],
    documents: data.documents,
    onChange: (partial) => atlas.setState(partial),
  });
  const update = () => {
    controls.update(atlas.getState(), atlas.getView());
    controls.foldIfCrowded(document.querySelector<HTMLElement>('.thematic-legend-box'));
  };
  update();
  atlas.on('view', update);
  atlas.on('state', update);
}
