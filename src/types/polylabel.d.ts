// polylabel ships no types: its one function, as its README gives it.
declare module 'polylabel' {
  /** The pole of inaccessibility of a polygon (rings of [x, y]), to within `precision`; `distance` to its edge. */
  export default function polylabel(polygon: readonly (readonly (readonly number[])[])[], precision?: number, debug?: boolean): [number, number] & { distance: number };
}
