import { colours, type SchemeId } from './schemes.ts';

/**
 * Colours for classes on both sides of a centre, so that the centre keeps the scheme's neutral middle
 * however the breaks fall: classes below take the colours just below the middle, classes above those
 * just above, and a class that spans the centre takes the middle itself. The palette is the scheme at
 * 2 × (classes on the busier side) (+ 1 for a spanning class) colours; the quieter side uses only its inner ones.
 */
export function divergingColours(scheme: SchemeId, breaks: readonly number[], centre: number): string[] {
  const k = breaks.length - 1;
  if (k < 1) return [];
  const side = Array.from({ length: k }, (_, i) => {
    const [from, to] = [breaks[i]!, breaks[i + 1]!];
    if (from === to) return Math.sign(from - centre); // a one-value class sits on its value's side, or is the centre
    return to <= centre ? -1 : from >= centre ? 1 : 0;
  });
  const below = side.filter((s) => s < 0).length;
  const above = side.filter((s) => s > 0).length;
  const spans = k - below - above;
  const half = Math.max(below, above);
  const palette = colours(scheme, 2 * half + spans);
  return side.map((_, i) => palette[half - below + i]!);
}
