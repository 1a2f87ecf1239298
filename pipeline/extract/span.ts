/**
 * Text the extractor matches on, with every character still tied to where it came from:
 * `lines[i]` is the 1-based line of `text[i]` in the source file and `orig[i]` is the character
 * as the file has it (before width folding or traditional→simplified conversion).
 * Spans are immutable; the stages build new ones.
 */
export type Span = {
  readonly text: string;
  readonly orig: string;
  readonly lines: readonly number[];
};

export const emptySpan: Span = { text: '', orig: '', lines: [] };

export function sliceSpan(span: Span, start: number, end = span.text.length): Span {
  return { text: span.text.slice(start, end), orig: span.orig.slice(start, end), lines: span.lines.slice(start, end) };
}

export function concatSpans(spans: readonly Span[]): Span {
  // Spans are immutable: one span is its own concatenation (most paragraphs are one line).
  if (spans.length === 1) return spans[0]!;
  const lines: number[] = [];
  for (const s of spans) for (const line of s.lines) lines.push(line);
  return {
    text: spans.map((s) => s.text).join(''),
    orig: spans.map((s) => s.orig).join(''),
    lines,
  };
}

/** 1-based source line of the character at `index` (clamped into the span). */
export function lineAt(span: Span, index: number): number {
  const i = Math.max(0, Math.min(index, span.lines.length - 1));
  return span.lines[i] ?? 1;
}

/** The span's text as the source writes it (original script and punctuation). */
export function origText(span: Span): string {
  return span.orig.trim();
}
