import type { UserFile } from '../../core/user-data.ts';
import { PILOT_FILL_LAYER, PROVINCE_CHOROPLETH_LAYER } from '../../render/layer-ids.ts';
import { clearUserLayer, drawUserFigures, fitUserLayer } from '../../render/user-layer.ts';
import { renderMapTitle } from '../map-title.ts';
import type { UserLayerResult } from '../user-layer.ts';
import { prepareOffPage, type Prepared } from '../user-offpage.ts';
import type { UserPart, MapContext } from './context.ts';
import { countiesOf } from '../county-loader.ts';
import { setVisible } from '../../render/visibility.ts';

/** Resolves on the next turn of the event loop: the page handles input and draws a frame between the steps of an import. */
const breathe = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** The readers, joins and legend of a person's file: loaded on first use, off the first view's path. */
type UserParts = typeof import('../user-layer.ts') & Pick<typeof import('../../core/user-data.ts'), 'readUserBytes'>;
let parts: Promise<UserParts> | undefined;
const userParts = (): Promise<UserParts> =>
  (parts ??= Promise.all([import('../user-layer.ts'), import('../../core/user-data.ts')]).then(([layer, { readUserBytes }]) => ({ ...layer, readUserBytes })));

/** A person's own figures on the map (a parsed CSV or GeoJSON), with their legend and title. */
export class UserOverlay implements UserPart {
  readonly legend = document.createElement('div');
  private current: { file: UserFile; result: UserLayerResult; parts: UserParts } | null = null;
  /** Counts the files given, so that one given while another is prepared wins. */
  private latest = 0;

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
    const { file, result, parts: { userLegend, userTitle } } = this.current;
    const lang = this.ctx.state.lang;
    this.legend.replaceChildren(userLegend(file, result, lang, () => void this.set(null)));
    renderMapTitle(this.ctx.thematic.title, userTitle(file, result, lang));
  }

  /**
   * Reads a file's bytes, joins and classifies them in a worker (the page only draws the result),
   * and shows them as `set` does. Throws (UserFileError) when nothing can be placed.
   */
  async importBytes(name: string, bytes: ArrayBuffer): Promise<void> {
    const ticket = ++this.latest;
    const prepared = await prepareOffPage(name, bytes, this.ctx.base);
    if (ticket !== this.latest) return; // a newer file was given meanwhile
    if (prepared && 'result' in prepared) await this.show(prepared, ticket);
    else if (prepared) await this.set(prepared.file);
    else await this.setBytesOnPage(name, bytes);
  }

  private async setBytesOnPage(name: string, bytes: ArrayBuffer): Promise<void> {
    const { readUserBytes } = await userParts();
    await this.set(readUserBytes(name, bytes));
  }

  /** Shows a file and frames it; null removes it. Throws (UserFileError) when nothing can be placed, leaving the map as it was. */
  async set(file: UserFile | null): Promise<void> {
    const ticket = ++this.latest;
    const { map, data, thematic } = this.ctx;
    if (!map || !data) return;
    if (!file) {
      this.current = null;
      this.legend.replaceChildren();
      this.legend.hidden = true;
      clearUserLayer(map);
      thematic.apply();
      return;
    }
    // Rows join by code or name to provinces, prefectures and counties: the page's boundaries with the counties (a GeoJSON brings its own shapes).
    const china = file.geojson ? data.china : await data.withCounties();
    // Prepared first: a file that places nothing throws here, and the map keeps what it showed.
    const { prepareUserLayer, userShapes } = await userParts();
    const result = prepareUserLayer(china, file);
    await this.show({ file, result, shapes: userShapes(file, result) }, ticket);
  }

  /** Draws what was prepared, in steps with a breath between them. */
  private async show({ file, result, shapes }: Prepared, ticket: number): Promise<void> {
    const { map, thematic } = this.ctx;
    if (!map) return;
    const loaded = await userParts();
    // Rows are drawn on the counties' fills: the counties reach the map first.
    if (!shapes) await countiesOf(map)?.load();
    if (this.ctx.map !== map || ticket !== this.latest) return;
    await breathe();
    if (ticket !== this.latest) return;
    drawUserFigures(map, result, shapes);
    // The user's figures replace the pilots' fill (their outlines stay as a reference).
    setVisible(map, PILOT_FILL_LAYER, false);
    setVisible(map, PROVINCE_CHOROPLETH_LAYER, false);
    this.current = { file, result, parts: loaded };
    await breathe();
    this.render();
    this.legend.hidden = false;
    thematic.legend.hidden = true;
    fitUserLayer(map, result);
  }
}
