/**
 * Checks breaks a user gives for k classes and returns the k + 1 bounds. Two forms:
 * - k + 1 bounds, min to max: they must span the data (first ≤ smallest value, last ≥ largest);
 * - k − 1 inner breaks: each strictly inside the data's range, which supplies the outer bounds.
 * Either way: finite numbers, strictly increasing. A fault is an Error naming the break and what is wrong.
 */
export function manualBreaks(manual: readonly number[] | undefined, k: number, sorted: readonly number[]): number[] {
  const where = 'classify › manual breaks';
  if (manual === undefined || !Array.isArray(manual)) throw new Error(`${where} › missing: give ${k + 1} bounds or ${k - 1} inner breaks for ${k} classes`);
  manual.forEach((b, i) => {
    if (typeof b !== 'number' || !Number.isFinite(b)) throw new Error(`${where} › [${i}] is ${String(b)}, not a finite number`);
  });
  if (manual.length !== k + 1 && manual.length !== k - 1) {
    throw new Error(`${where} › ${manual.length} numbers for ${k} classes: give ${k + 1} bounds (min to max) or ${k - 1} inner breaks`);
  }
  for (let i = 1; i < manual.length; i++) {
    if (!(manual[i]! > manual[i - 1]!)) throw new Error(`${where} › [${i}] ${manual[i]} is not above [${i - 1}] ${manual[i - 1]}: breaks must increase`);
  }
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  if (manual.length === k + 1) {
    if (min === undefined || max === undefined) return [...manual];
    const outside = sorted.filter((v) => v < manual[0]! || v > manual[k]!);
    if (outside.length > 0) {
      throw new Error(
        `${where} › the bounds ${manual[0]}–${manual[k]} leave out ${outside.length} value(s) (${outside.slice(0, 3).join(', ')}${outside.length > 3 ? ', …' : ''}): the first must be ≤ ${min} and the last ≥ ${max}`,
      );
    }
    return [...manual];
  }
  if (min === undefined || max === undefined) throw new Error(`${where} › ${k - 1} inner breaks need values to take the outer bounds from; give ${k + 1} bounds`);
  manual.forEach((b, i) => {
    if (b <= min || b >= max) throw new Error(`${where} › [${i}] ${b} is outside the data (${min}–${max}): inner breaks must lie strictly between`);
  });
  return [min, ...manual, max];
}

/** Why breaks a person typed cannot classify the values shown. */
export type ManualProblem =
  | { reason: 'too_few' }
  | { reason: 'not_increasing'; at: number; value: number; previous: number }
  | { reason: 'outside'; value: number; min: number; max: number }
  | { reason: 'too_many'; classes: number };

/**
 * Reads breaks a person gives without a class count: bounds that span the data (first ≤ the smallest
 * value, last ≥ the largest) make n − 1 classes; breaks strictly inside the data make n + 1 classes
 * (the data supplies the outer bounds). The class count follows the breaks, up to 9 classes.
 */
export function manualClasses(breaks: readonly number[], sorted: readonly number[]): { k: number; manual: number[] } | { problem: ManualProblem } {
  if (breaks.length < 1 || !breaks.every(Number.isFinite)) return { problem: { reason: 'too_few' } };
  for (let i = 1; i < breaks.length; i++) {
    if (!(breaks[i]! > breaks[i - 1]!)) return { problem: { reason: 'not_increasing', at: i, value: breaks[i]!, previous: breaks[i - 1]! } };
  }
  const [min, max] = [sorted[0], sorted[sorted.length - 1]];
  if (min === undefined || max === undefined) return breaks.length >= 2 ? { k: breaks.length - 1, manual: [...breaks] } : { problem: { reason: 'too_few' } };
  const spans = breaks[0]! <= min && breaks[breaks.length - 1]! >= max;
  if (spans) {
    if (breaks.length < 2) return { problem: { reason: 'too_few' } };
    const k = breaks.length - 1;
    return k > 9 ? { problem: { reason: 'too_many', classes: k } } : { k, manual: [...breaks] };
  }
  const outside = breaks.find((b) => b <= min || b >= max);
  if (outside !== undefined) return { problem: { reason: 'outside', value: outside, min, max } };
  const k = breaks.length + 1;
  return k > 9 ? { problem: { reason: 'too_many', classes: k } } : { k, manual: [...breaks] };
}
