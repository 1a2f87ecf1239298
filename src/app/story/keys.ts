/** The presentation's keyboard: a table from key to action, and where each action leads. Pure. */

export type StoryAction = 'next' | 'previous' | 'first' | 'last' | 'leave';

/** Keys of a keyboard and of presentation clickers (which send PageUp / PageDown). */
export const KEY_ACTIONS: Readonly<Record<string, StoryAction>> = {
  ArrowRight: 'next',
  PageDown: 'next',
  ' ': 'next',
  ArrowLeft: 'previous',
  PageUp: 'previous',
  Home: 'first',
  End: 'last',
  Escape: 'leave',
};

/** The parts of a keydown event the table needs (a KeyboardEvent has them). */
export interface KeyPress {
  key: string;
  altKey: boolean;
  ctrlKey: boolean;
  metaKey: boolean;
  /** The focused element's tag and whether it is editable, if any. */
  target?: { tagName?: string; isContentEditable?: boolean } | null;
}

const TYPING = /^(INPUT|TEXTAREA|SELECT)$/;

/** The action of a key press, or null for keys the presentation leaves alone (typing, shortcuts). */
export function actionOf(press: KeyPress): StoryAction | null {
  if (press.altKey || press.ctrlKey || press.metaKey) return null;
  const target = press.target;
  if (target && (target.isContentEditable || TYPING.test(target.tagName ?? ''))) return null;
  return Object.hasOwn(KEY_ACTIONS, press.key) ? KEY_ACTIONS[press.key]! : null;
}

/** The slide an action leads to from `current` in a story of `count` slides (null: leave). */
export function targetSlide(action: StoryAction, current: number, count: number): number | null {
  const last = Math.max(0, count - 1);
  const moves: Record<StoryAction, number | null> = {
    next: Math.min(last, current + 1),
    previous: Math.max(0, current - 1),
    first: 0,
    last,
    leave: null,
  };
  return moves[action];
}
