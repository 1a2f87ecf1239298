import type { PilotProps } from '../core/schema/pilots.ts';
import type { Lang } from '../core/url-state.ts';
import { PILOT_PALETTE } from '../render/pilots-style.ts';
import { el } from './dom.ts';
import { t } from './i18n.ts';
import { formatNumber } from '../core/format.ts';

/** How many of these pilots are drawn at an approximate extent (pilots.geojson `extent`). */
export const approximateCount = (pilots: readonly Pick<PilotProps, 'extent'>[]): number => pilots.filter((p) => p.extent === 'approximate').length;

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
  tr.append(swatch, el('td', 'legend-label', `${t(lang, 'approximateExtent')}${lang === 'zh' ? '（虚线）' : ' (dashed)'}`), el('td', 'legend-count', formatNumber(count, lang, 0)));
  return tr;
}
