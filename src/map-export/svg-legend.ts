import { LEGEND_COLOURS } from './export-style.ts';
import type { LegendBox } from './legend-layout.ts';
import { xmlEl, textEl } from './xml.ts';

/** The legend box as an SVG group at (x, y): swatches, labels, counts, the note. */
export function svgLegend(box: LegendBox, x: number, y: number): string {
  const m = box.metrics;
  const [sw, sh] = m.swatch;
  const rows = box.rows.map((row) => {
    const [left, top] = [m.padding, row.swatchY];
    const dash = row.dash ? row.dash.join(' ') : null;
    const swatch =
      row.shape === 'circle'
        ? xmlEl('circle', { cx: left + sw / 2, cy: top + sh / 2, r: sh / 2 - 1, fill: row.colour, stroke: '#fff', 'stroke-width': 1 })
        : row.shape === 'line'
          ? xmlEl('line', { x1: left, y1: top + sh / 2, x2: left + sw, y2: top + sh / 2, stroke: row.colour, 'stroke-width': 2, 'stroke-dasharray': dash })
          : xmlEl('rect', {
              x: left,
              y: top,
              width: sw,
              height: sh,
              rx: row.rounded ? sh / 2 : null,
              fill: row.colour,
              'fill-opacity': row.opacity === undefined || row.opacity === 1 ? null : row.opacity,
              stroke: row.edge ?? LEGEND_COLOURS.swatchEdge,
              'stroke-width': row.edge === 'none' ? null : row.edge ? 0.8 : 0.5,
              'stroke-dasharray': row.edge === 'none' ? null : dash,
            });
    const count = row.countText
      ? textEl('text', { x: box.countRight, y: row.baseline, 'text-anchor': 'end', fill: LEGEND_COLOURS.muted, class: 'legend-count' }, row.countText)
      : '';
    return xmlEl('g', { class: 'legend-row' }, [swatch, textEl('text', { x: box.labelX, y: row.baseline, class: 'legend-label' }, row.label), count]);
  });
  const note =
    box.noteBaseline === null
      ? []
      : [textEl('text', { x: m.padding, y: box.noteBaseline, 'font-size': m.noteSize, fill: LEGEND_COLOURS.muted, class: 'legend-note' }, box.note ?? '')];
  const caveat = box.caveat.map((line) =>
    textEl('text', { x: m.padding, y: line.baseline, 'font-size': m.noteSize, fill: LEGEND_COLOURS.muted, class: 'legend-caveat' }, line.text),
  );
  return xmlEl('g', { class: 'legend', transform: `translate(${x} ${y})`, 'font-size': m.rowSize, fill: LEGEND_COLOURS.text }, [
    xmlEl('rect', { x: 0.5, y: 0.5, width: box.width - 1, height: box.height - 1, fill: LEGEND_COLOURS.background, stroke: LEGEND_COLOURS.border, 'stroke-width': 0.6 }),
    textEl('text', { x: m.padding, y: box.titleBaseline, 'font-size': m.titleSize, 'font-weight': 'bold', class: 'legend-title' }, box.title),
    ...rows,
    ...note,
    ...caveat,
  ]);
}
