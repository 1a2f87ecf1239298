/** Width of a text in the font being drawn, px. */
export type Measure = (text: string) => number;

/** Where a line may break: after a space, a comma, semicolon, enumeration comma, stop, colon, middle dot or slash. */
const BREAK_AFTER = /[\s,;，；、。：:·/]/;

/**
 * Greedy line breaking for canvas text (which has none): as many characters per line as fit in `maxWidth`,
 * broken at the last break opportunity on the line, or anywhere when there is none (CJK runs). At most
 * `maxLines` lines; the last one ends with … when text is left over.
 */
export function wrapText(text: string, maxWidth: number, measure: Measure, maxLines = Infinity): string[] {
  const chars = [...text.trim()];
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length && lines.length < maxLines) {
    let end = start + 1;
    let lastBreak = -1;
    while (end <= chars.length && measure(chars.slice(start, end).join('')) <= maxWidth) {
      if (BREAK_AFTER.test(chars[end - 1]!)) lastBreak = end;
      end += 1;
    }
    end -= 1;
    if (end >= chars.length) {
      lines.push(chars.slice(start).join('').trim());
      return lines;
    }
    const cut = Math.max(start + 1, lastBreak > start ? lastBreak : end);
    lines.push(chars.slice(start, cut).join('').trim());
    start = cut;
    while (start < chars.length && /\s/.test(chars[start]!)) start += 1;
  }
  if (start < chars.length && lines.length > 0) lines[lines.length - 1] = ellipsize(`${lines[lines.length - 1]!}…`, maxWidth, measure);
  return lines;
}

/** The text, shortened with … until it fits in `maxWidth`. */
export function ellipsize(text: string, maxWidth: number, measure: Measure): string {
  if (measure(text) <= maxWidth) return text;
  const chars = [...text.replace(/…$/, '')];
  while (chars.length > 0 && measure(`${chars.join('')}…`) > maxWidth) chars.pop();
  return `${chars.join('').trimEnd()}…`;
}
