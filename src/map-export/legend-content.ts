import type { LegendModel } from '../core/thematic/legend.ts';
import type { Lang } from '../core/url-state.ts';
import type { PilotProps } from '../core/schema/pilots.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { LAYOUT_STYLE, rgba } from '../render/palette.ts';
import { t } from '../app/i18n.ts';
import { approximateExtentLabel } from '../app/extent-legend.ts';

/** One legend row: a swatch, its label and, where known, how many pilots it stands for. */
export interface LegendRow {
  colour: string;
  label: string;
  count: number | null;
  /** A box for areas, a circle for towns, zones and nodes, a line for links. */
  shape: 'box' | 'circle' | 'line';
  /** Fill opacity of the swatch, as the map draws the areas it stands for. @default 1 */
  opacity?: number;
  /** Edge of the swatch, where the map outlines what it stands for; 'none' for no edge. */
  edge?: string;
  /** Dashes of the edge (or of the line), px. */
  dash?: number[];
  /** A box with rounded ends (a plan's circles and clusters). */
  rounded?: boolean;
}

export interface LegendContent {
  title: string;
  rows: LegendRow[];
  /** Why there are fewer classes than asked for (LegendModel.note); a plan's “schematic”. */
  note?: string;
  /** A longer note under it, wrapped to the legend's width (a plan's: positions approximate, sizes schematic). */
  caveat?: string;
}

/** The plain pilots legend (a map without a measure): counts when the caller knows them, and how areas are drawn. */
export interface PlainLegend {
  areas?: number;
  points?: number;
  /** Fill opacity of pilot areas on the map. @default 1 */
  areaOpacity?: number;
}

/**
 * What an exported legend says: with a thematic model, one row per class, the highest on top as on
 * the map's legend, then the no-data row and, where the picture draws some (`approximate`, the live
 * map's dashed outlines), the pilots at an approximate extent; without one, the plain pilots legend
 * (areas in the accent red, towns and zones as dots).
 */
export function legendContent(legend: LegendModel | undefined, lang: Lang, plain: PlainLegend = {}, approximate = 0): LegendContent {
  if (legend) {
    const rows: LegendRow[] = legend.classes.map((c): LegendRow => ({ colour: c.colour, label: c.label, count: c.count, shape: 'box' })).reverse();
    rows.push({ colour: legend.noData.colour, label: legend.noData.label, count: legend.noData.count, shape: 'box' });
    if (approximate > 0) rows.push({ colour: PILOT_PALETTE.outline, label: approximateExtentLabel(lang), count: approximate, shape: 'box', opacity: 0, edge: PILOT_PALETTE.outline, dash: [3, 2] });
    return { title: legend.title, rows, ...(legend.note ? { note: legend.note } : {}) };
  }
  return {
    title: t(lang, 'pilots'),
    rows: [
      {
        colour: PILOT_PALETTE.fill,
        label: t(lang, 'pilotArea'),
        count: plain.areas ?? null,
        shape: 'box',
        opacity: plain.areaOpacity ?? 1,
        edge: PILOT_PALETTE.outline,
      },
      { colour: PILOT_PALETTE.fill, label: t(lang, 'pilotTown'), count: plain.points ?? null, shape: 'circle' },
    ],
  };
}

/**
 * The exported legend's caveat naming the pilots drawn at a boundary with a note on it (pilots.geojson
 * `extentNote` on an `extent` other than approximate: 遵义县 drawn as the later 播州区, 成都 without
 * 简阳, 同江 and 津市–澧县 whose stated areas differ), so a map read away from the app keeps it;
 * undefined when none is shown.
 */
export function extentNotesCaveat(lang: Lang, pilots: readonly Pick<PilotProps, 'name' | 'nameEn' | 'extent' | 'extentNote'>[]): string | undefined {
  const noted = pilots.filter((p) => p.extentNote && p.extent !== 'approximate');
  if (noted.length === 0) return undefined;
  return lang === 'zh'
    ? `范围附说明（边界年代或所述面积与图不同）：${noted.map((p) => p.name).join('、')}`
    : `Extent notes (a boundary of another date, or a stated area unlike the drawing): ${noted.map((p) => p.nameEn.split(',')[0]!).join('; ')}`;
}

/** The kinds of a plan's elements and its formula, as the layouts index lists them. */
export interface PlanLegend {
  formula: string;
  kinds: readonly string[];
}

const rgb = ([r, g, b]: readonly number[]) => `rgb(${r},${g},${b})`;

/**
 * The legend of a plan overlay, as the live map's: the formula in quotes, one row per element kind
 * present (in the palette's order) with a swatch drawn as the overlay draws the kind, the note that
 * the overlay is a schematic, not a statutory plan, and the caveat that place positions are approximate
 * and extents, radii and widths schematic.
 */
export function planLegendContent(plan: PlanLegend, lang: Lang): LegendContent {
  const rows = Object.keys(LAYOUT_STYLE)
    .filter((kind) => plan.kinds.includes(kind))
    .map((kind): LegendRow => {
      const style = LAYOUT_STYLE[kind]!;
      const name = style.name[lang];
      if (kind === 'node') return { colour: rgb(style.fill), label: name, count: null, shape: 'circle' };
      if (kind === 'link') return { colour: rgba(style.line), label: name, count: null, shape: 'line', dash: [5, 3] };
      return {
        colour: rgb(style.fill),
        opacity: +(style.fill[3] / 255).toFixed(2),
        label: name,
        count: null,
        shape: 'box',
        edge: kind === 'belt' || kind === 'axis' ? 'none' : rgba(style.line),
        ...(kind === 'circle' ? { dash: [4, 3] } : kind === 'cluster' ? { dash: [2, 2] } : {}),
        ...(kind === 'circle' || kind === 'cluster' ? { rounded: true } : {}),
      };
    });
  return { title: `“${plan.formula}”`, rows, note: t(lang, 'schematic'), caveat: t(lang, 'planPositionsNote') };
}
