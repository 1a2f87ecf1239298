import type { PilotProps } from '../core/schema/pilots.ts';
import type { Lang } from '../core/url-state.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { el } from './dom.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';

/**
 * The legend's line on the pilots drawn at a boundary with a note on it (pilots.geojson `extentNote`
 * on an `extent` other than approximate: 遵义县 drawn as the later 播州区, 成都 without 简阳, 同江 and
 * 津市–澧县 whose stated areas differ): one short line, as the legend must leave the settings room,
 * with the pilots' names as its title; null when none is shown.
 */
export function extentNotesLine(lang: Lang, pilots: readonly Pick<PilotProps, 'name' | 'nameEn' | 'extent' | 'extentNote'>[]): { text: string; names: string } | null {
  const noted = pilots.filter((p) => p.extentNote && p.extent !== 'approximate');
  if (noted.length === 0) return null;
  const n = formatNumber(noted.length, lang, 0);
  return lang === 'zh'
    ? { text: `${n} 个试点的范围附说明，见详情`, names: noted.map((p) => p.name).join('、') }
    : { text: `Extent notes on ${n} pilots: see each`, names: noted.map((p) => p.nameEn.split(',')[0]!).join('; ') };
}

/** How many of these pilots are drawn at an approximate extent (pilots.geojson `extent`). */
export const approximateCount = (pilots: readonly Pick<PilotProps, 'extent'>[]): number => pilots.filter((p) => p.extent === 'approximate').length;

/** How many approximate extents a thematic legend keys (its dashed row): none in the province view, which colours provinces, not pilots. */
export const legendApproximateCount = (shown: readonly Pick<PilotProps, 'extent'>[], byProvince: boolean): number => (byProvince ? 0 : approximateCount(shown));

/** The legend's words for pilots drawn at an approximate extent: “近似范围（虚线）”. */
export const approximateExtentLabel = (lang: Lang): string => `${t(lang, 'approximateExtent')}${lang === 'zh' ? '（虚线）' : ' (dashed)'}`;

/**
 * A legend row (for a legend table of swatch, label and count cells) keying the dashed, lighter
 * outline of pilots drawn at an approximate extent: “近似范围（虚线）” and how many there are.
 */
export function approximateExtentRow(lang: Lang, count: number): HTMLTableRowElement {
  const tr = el('tr', 'legend-approximate');
  const swatch = el('td');
  const chip = el('span', 'legend-swatch');
  chip.style.background = 'transparent';
  chip.style.border = `1.5px dashed ${PILOT_PALETTE.outline}`;
  chip.style.boxSizing = 'border-box';
  swatch.append(chip);
  tr.append(swatch, el('td', 'legend-label', approximateExtentLabel(lang)), el('td', 'legend-count', formatNumber(count, lang, 0)));
  return tr;
}
