/** A label's box on screen, in px: its top-left corner, size and priority (higher wins). */
export interface LabelBox {
  x: number;
  y: number;
  width: number;
  height: number;
  priority: number;
}

const overlaps = (a: LabelBox, b: LabelBox, pad: number) =>
  a.x < b.x + b.width + pad && b.x < a.x + a.width + pad && a.y < b.y + b.height + pad && b.y < a.y + a.height + pad;

/**
 * Greedy label placement: labels are taken by priority (then in input order) and kept when they
 * overlap no label already kept, `pad` px apart. Returns one flag per input label. O(n²), which is
 * fine for the tens of labels of a plan.
 */
export function declutter(boxes: readonly LabelBox[], pad = 2): boolean[] {
  const order = boxes.map((_, i) => i).sort((a, b) => boxes[b]!.priority - boxes[a]!.priority || a - b);
  const kept: LabelBox[] = [];
  const visible = new Array<boolean>(boxes.length).fill(false);
  for (const i of order) {
    const box = boxes[i]!;
    if (kept.some((k) => overlaps(k, box, pad))) continue;
    kept.push(box);
    visible[i] = true;
  }
  return visible;
}

/** Rough width of a label in px: CJK glyphs are square, Latin ones about half as wide. */
export function textWidth(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += /[\u2E80-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch) ? size : size * 0.58;
  return w;
}
