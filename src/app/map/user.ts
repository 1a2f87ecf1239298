import type { UserFile } from '../../core/user-data.ts';
import { PILOT_FILL_LAYER, PROVINCE_CHOROPLETH_LAYER } from '../../render/layer-ids.ts';
import { clearUserLayer, drawUserFigures, fitUserLayer } from '../../render/user-layer.ts';
import { renderMapTitle } from '../map-title.ts';
import { prepareUserLayer, userLegend, userTitle, type UserLayerResult } from '../user-layer.ts';
import type { UserPart, MapContext } from './context.ts';
import { countiesOf } from '../county-loader.ts';

/** A person's own figures on the map (a parsed CSV or GeoJSON), with their legend and title. */
export class UserOverlay implements UserPart {
  readonly legend = document.createElement('div');
  private current: { file: UserFile; result: UserLayerResult } | null = null;

  constructor(private readonly ctx: MapContext) {
    this.legend.className = 'user-legend-box';
    this.legend.hidden = true;
  }

  /** Whether a file is shown (its figures then stand in for the pilots' fill and legend). */
  get shown(): boolean {
    return !this.legend.hidden;
  }

  /** The file's legend and the map's title in the current language. */
  render(): void {
    if (!this.current) return;
    const { file, result } = this.current;
    const lang = this.ctx.state.lang;
    this.legend.replaceChildren(userLegend(file, result, lang, () => void this.set(null)));
    renderMapTitle(this.ctx.thematic.title, userTitle(file, result, lang));
  }

  /** Shows a file and frames it; null removes it. Throws (UserFileError) when nothing can be placed, leaving the map as it was. */
  async set(file: UserFile | null): Promise<void> {
    const { map, data, thematic } = this.ctx;
    if (!map || !data) return;
    // Rows join by code or name to provinces, prefectures and counties: the counties load first (a GeoJSON brings its own shapes).
    if (file && !file.geojson) await countiesOf(map)?.load();
    if (this.ctx.map !== map) return;
    if (!file) {
      this.current = null;
      this.legend.replaceChildren();
      this.legend.hidden = true;
      clearUserLayer(map);
      thematic.apply();
      return;
    }
    // Prepared first: a file that places nothing throws here, and the map keeps what it showed.
    const result = prepareUserLayer(data.china, file);
    drawUserFigures(map, file, result);
    // The user's figures replace the pilots' fill (their outlines stay as a reference).
    map.setLayoutProperty(PILOT_FILL_LAYER, 'visibility', 'none');
    map.setLayoutProperty(PROVINCE_CHOROPLETH_LAYER, 'visibility', 'none');
    this.current = { file, result };
    this.render();
    this.legend.hidden = false;
    thematic.legend.hidden = true;
    fitUserLayer(map, result);
  }
}
