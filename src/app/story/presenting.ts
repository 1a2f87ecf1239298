import { PLAYER_DEFAULTS, type StoryAtlas } from './player-types.ts';
import { presentationTextScale } from './projector.ts';
import { actionOf, type StoryAction } from './keys.ts';

/**
 * Presentation mode on the page: the class on <html> under which story.css hides the page's chrome,
 * and the map's labels sized for the room (projector.ts), again whenever the window changes size.
 */
export function presentationMode(atlas: StoryAtlas): { enter(): void; exit(): void } {
  const scaleText = () => atlas.setTextScale?.(presentationTextScale(innerWidth, innerHeight));
  return {
    enter() {
      document.documentElement.classList.add(PLAYER_DEFAULTS.presentingClass);
      addEventListener('resize', scaleText);
      scaleText();
    },
    exit() {
      document.documentElement.classList.remove(PLAYER_DEFAULTS.presentingClass);
      removeEventListener('resize', scaleText);
      atlas.setTextScale?.(1);
    },
  };
}

/**
 * Hands the presentation's keys (keys.ts) to `act` while `presenting()` and no dialog is open;
 * returns the function that stops listening.
 */
export function captureStoryKeys(presenting: () => boolean, act: (action: StoryAction) => void): () => void {
  const onKey = (event: KeyboardEvent) => {
    if (!presenting() || event.defaultPrevented || document.querySelector('dialog[open]')) return;
    const action = actionOf({ key: event.key, altKey: event.altKey, ctrlKey: event.ctrlKey, metaKey: event.metaKey, target: event.target as HTMLElement | null });
    if (!action) return;
    // Captured before the map's keyboard (its arrows pan) and the page (Space scrolls).
    event.preventDefault();
    event.stopPropagation();
    act(action);
  };
  addEventListener('keydown', onKey, { capture: true });
  return () => removeEventListener('keydown', onKey, { capture: true });
}
