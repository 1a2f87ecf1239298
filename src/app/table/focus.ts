/**
 * Keeping focus through a redraw: update() and sorting rebuild the table's buttons, and a keyboard
 * user must not be thrown back to the top of the page. A mark names the focused control by its data
 * attributes and, for when that key is gone (a new measure in the same column), by its column's place.
 */

export type FocusMark =
  | { sort: string; index: number }
  | { row: string; column: string | null; index: number }
  | { download: string }
  | null;

const place = (el: Element): number => el.closest<HTMLTableCellElement>('th, td')?.cellIndex ?? -1;

/** The control focused inside `root`, or null when focus is elsewhere. */
export function focusMark(root: HTMLElement): FocusMark {
  const active = root.ownerDocument.activeElement;
  if (!(active instanceof HTMLElement) || !root.contains(active)) return null;
  if (active.dataset.format !== undefined) return { download: active.dataset.format };
  if (active.dataset.sort !== undefined) return { sort: active.dataset.sort, index: place(active) };
  const row = active.closest<HTMLElement>('tr')?.dataset.id;
  return row === undefined ? null : { row, column: active.dataset.column ?? null, index: place(active) };
}

/** Focuses the control a mark names: the same key, else the same place in the same row (or heading row). */
export function restoreFocus(root: HTMLElement, mark: FocusMark): void {
  if (mark === null) return;
  const buttons = [...root.querySelectorAll<HTMLElement>('button')];
  let target: HTMLElement | undefined;
  if ('download' in mark) target = buttons.find((b) => b.dataset.format === mark.download);
  else if ('sort' in mark) {
    const heads = buttons.filter((b) => b.dataset.sort !== undefined);
    target = heads.find((b) => b.dataset.sort === mark.sort) ?? heads.find((b) => place(b) === mark.index);
  } else {
    const own = buttons.filter((b) => b.closest<HTMLElement>('tr')?.dataset.id === mark.row);
    target = own.find((b) => (b.dataset.column ?? null) === mark.column) ?? own.find((b) => place(b) === mark.index);
  }
  if (target && target !== root.ownerDocument.activeElement) target.focus({ preventScroll: 'sort' in mark });
}
