import { sliceSpan, type Span } from './span';

/** A paragraph → its sentences, each ending with its 。！？ (the last may end without one). */
export function sentences(paragraph: Span): Span[] {
  const out: Span[] = [];
  let start = 0;
  const text = paragraph.text;
  for (let i = 0; i < text.length; i++) {
    if (/[。！？!?]/u.test(text[i] ?? '')) {
      let end = i + 1;
      while (end < text.length && /[”’」』)）]/u.test(text[end] ?? '')) end++;
      out.push(sliceSpan(paragraph, start, end));
      start = end;
      i = end - 1;
    }
  }
  if (start < text.length) out.push(sliceSpan(paragraph, start));
  return out.filter((s) => s.text.trim().length > 0);
}
