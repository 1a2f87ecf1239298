import type { LegendModel } from '../core/thematic/legend.ts';
import type { Lang } from '../core/url-state.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { label } from './labels.ts';

/** One legend row: a swatch, its label and, where known, how many pilots it stands for. */
export interface LegendRow {
  colour: string;
  label: string;
  count: number | null;
  /** A box for areas, a circle for towns and zones. */
  shape: 'box' | 'circle';
  /** Fill opacity of the swatch, as the map draws the areas it stands for. @default 1 */
  opacity?: number;
  /** Edge of the swatch, where the map outlines what it stands for. */
  edge?: string;
}

export interface LegendContent {
  title: string;
  rows: LegendRow[];
  /** Why there are fewer classes than asked for (LegendModel.note). */
  note?: string;
}

/** The plain pilots legend (a map without a measure): counts when the caller knows them, and how areas are drawn. */
export interface PlainLegend {
  areas?: number;
  points?: number;
  /** Fill opacity of pilot areas on the map. @default 1 */
  areaOpacity?: number;
}

/**
 * What an exported legend says: with a thematic model, one row per class then the no-data row, in the
 * model's order; without one, the plain pilots legend (areas in the accent red, towns and zones as dots).
 */
export function legendContent(legend: LegendModel | undefined, lang: Lang, plain: PlainLegend = {}): LegendContent {
  if (legend) {
    const rows: LegendRow[] = legend.classes.map((c) => ({ colour: c.colour, label: c.label, count: c.count, shape: 'box' }));
    rows.push({ colour: legend.noData.colour, label: legend.noData.label, count: legend.noData.count, shape: 'box' });
    return { title: legend.title, rows, ...(legend.note ? { note: legend.note } : {}) };
  }
  return {
    title: label('pilots', lang),
    rows: [
      {
        colour: PILOT_PALETTE.fill,
        label: label('pilotArea', lang),
        count: plain.areas ?? null,
        shape: 'box',
        opacity: plain.areaOpacity ?? 1,
        edge: PILOT_PALETTE.outline,
      },
      { colour: PILOT_PALETTE.fill, label: label('pilotTown', lang), count: plain.points ?? null, shape: 'circle' },
    ],
  };
}
