import { estimateText } from './legend-layout.ts';
import { MUTED } from './export-style.ts';
import { wrapText } from './wrap-text.ts';
import { textEl } from './xml.ts';

/** Font size and line height of an SVG's source and date lines, px. */
export const SVG_SOURCE = { size: 11, line: 15 };

/**
 * The source and date line of an exported SVG, wrapped to the page's width less its margins (the
 * widths are estimates that err wide: a string SVG cannot measure its text). `height` is the room
 * the lines need above the bottom margin; `lines(pageHeight)` gives one <text class="source"> a line,
 * the last one `margin + 6` px above the page's bottom edge.
 */
export function svgSourceLines(text: string, width: number, margin: number) {
  const lines = wrapText(text, width - 2 * margin, (t) => estimateText(t, SVG_SOURCE.size));
  return {
    count: lines.length,
    height: lines.length * SVG_SOURCE.line + 12,
    lines: (pageHeight: number) =>
      lines.map((line, i) =>
        textEl('text', { x: margin, y: pageHeight - margin - 6 - (lines.length - 1 - i) * SVG_SOURCE.line, 'font-size': SVG_SOURCE.size, fill: MUTED, class: 'source' }, line),
      ),
  };
}

/**
 * A page's options with its footer grown to hold the credits, wrapped to the page's width: the map
 * frame gives up the height they need.
 */
export function withCredits<O extends { width: number; margin: number; footer: number }>(defaults: O, text: string): { o: O; credits: ReturnType<typeof svgSourceLines> } {
  const credits = svgSourceLines(text, defaults.width, defaults.margin);
  return { o: { ...defaults, footer: Math.max(defaults.footer, credits.height) }, credits };
}
