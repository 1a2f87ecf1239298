import { LEGEND_COLOURS } from './export-style.ts';
import type { LegendBox } from './legend-layout.ts';
import { el, textEl } from './xml.ts';

/** The legend box as an SVG group at (x, y): swatches, labels, counts, the note. */
export function svgLegend(box: LegendBox, x: number, y: number): string {
  const m = box.metrics;
  const [sw, sh] = m.swatch;
  const rows = box.rows.map((row) => {
    const swatch =
      row.shape === 'circle'
        ? el('circle', { cx: m.padding + sw / 2, cy: row.swatchY + sh / 2, r: sh / 2 - 1, fill: row.colour, stroke: '#fff', 'stroke-width': 1 })
        : el('rect', {
            x: m.padding,
            y: row.swatchY,
            width: sw,
            height: sh,
            fill: row.colour,
            'fill-opacity': row.opacity === undefined || row.opacity === 1 ? null : row.opacity,
            stroke: row.edge ?? LEGEND_COLOURS.swatchEdge,
            'stroke-width': row.edge ? 0.8 : 0.5,
          });
    const count = row.countText
      ? textEl('text', { x: box.countRight, y: row.baseline, 'text-anchor': 'end', fill: LEGEND_COLOURS.muted, class: 'legend-count' }, row.countText)
      : '';
    return el('g', { class: 'legend-row' }, [swatch, textEl('text', { x: box.labelX, y: row.baseline, class: 'legend-label' }, row.label), count]);
  });
  const note =
    box.noteBaseline === null
      ? []
      : [textEl('text', { x: m.padding, y: box.noteBaseline, 'font-size': m.noteSize, fill: LEGEND_COLOURS.muted, class: 'legend-note' }, box.note ?? '')];
  return el('g', { class: 'legend', transform: `translate(${x} ${y})`, 'font-size': m.rowSize, fill: LEGEND_COLOURS.text }, [
    el('rect', { x: 0.5, y: 0.5, width: box.width - 1, height: box.height - 1, fill: LEGEND_COLOURS.background, stroke: LEGEND_COLOURS.border, 'stroke-width': 0.6 }),
    textEl('text', { x: m.padding, y: box.titleBaseline, 'font-size': m.titleSize, 'font-weight': 'bold', class: 'legend-title' }, box.title),
    ...rows,
    ...note,
  ]);
}
