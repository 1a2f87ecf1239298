/**
 * Finds where `needle` stands in `haystack`, ignoring whitespace on both sides (the PDF-derived
 * corpus has spaces inside numbers and units: "2014 年", "55 %"). Returns [start, end) offsets in
 * `haystack`, or null. A needle that runs past the haystack's end (a sentence continued on the
 * next line) matches from where its start is found to the end of the haystack.
 */
export function findSpan(haystack: string, needle: string, minPrefix = 8): [number, number] | null {
  const compact: string[] = [];
  const offsets: number[] = [];
  for (let i = 0; i < haystack.length; i++) {
    const ch = haystack[i]!;
    if (/\s/.test(ch)) continue;
    compact.push(ch);
    offsets.push(i);
  }
  const hay = compact.join('');
  const pin = needle.replace(/\s+/g, '');
  if (pin.length === 0 || hay.length === 0) return null;

  const at = hay.indexOf(pin);
  if (at >= 0) return [offsets[at]!, offsets[at + pin.length - 1]! + 1];

  // The needle may begin on this line and continue on the next one, or begin on an earlier line.
  for (let n = Math.min(pin.length - 1, hay.length); n >= minPrefix; n--) {
    if (hay.endsWith(pin.slice(0, n))) return [offsets[hay.length - n]!, haystack.length];
    if (hay.startsWith(pin.slice(pin.length - n))) return [offsets[0]!, offsets[n - 1]! + 1];
  }
  return null;
}
