import type { LayoutFeature } from '../../core/layout/index.ts';
import type { CountyFeature } from '../../core/layout/context.ts';
import type { MemberToPlace } from '../../core/layout/place-by-click.ts';
import type { LayoutIndexEntry } from '../../core/schema/layouts-index.ts';
import type { Lang } from '../../core/url-state.ts';

/** What the layout editor is given by the page: the data it starts from and the map it draws on. */
export interface EditorHost {
  base: string;
  lang: Lang;
  layouts: LayoutIndexEntry[];
  /** County polygons the map already holds (the national file). */
  counties: CountyFeature[];
  /** The layout shown when the editor opens, to start from. */
  current: string | null;
  /** A spec's text to start from instead (a draft made from a person's document). */
  text?: string;
  /** That draft's members to place by clicks on the map. */
  toPlace?: readonly MemberToPlace[];
  /** Whether the first drawing of `text` frames the map on it (not when the editor is made again in another language). */
  fly?: boolean;
  /** Hands the map's clicks to `take` until the returned function is called (AtlasController.pickPoints). */
  pickPoints?: (take: (at: [number, number]) => void) => () => void;
  /** Draws the draft on the map (null clears it). */
  draw(features: LayoutFeature[] | null, fly: boolean): void;
  onClose(): void;
}
