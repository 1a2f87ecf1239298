/**
 * Full screen for presentations, where the browser allows it: headless browsers, iframes without
 * `allow="fullscreen"` and calls outside a user gesture are refused, and the presentation then
 * simply runs in the window.
 */

/** Asks for full screen on the whole page; resolves whether it was granted. Call it within the click. */
export async function enterFullscreen(element: HTMLElement = document.documentElement): Promise<boolean> {
  if (document.fullscreenElement) return true;
  if (typeof element.requestFullscreen !== 'function' || document.fullscreenEnabled === false) return false;
  try {
    await element.requestFullscreen({ navigationUI: 'hide' });
    return true;
  } catch {
    return false;
  }
}

/** Leaves full screen if the page is in it. */
export function exitFullscreen(): void {
  if (document.fullscreenElement && typeof document.exitFullscreen === 'function') void document.exitFullscreen().catch(() => undefined);
}

/** Calls `fn` whenever the page leaves full screen (Esc in full screen is the browser's); returns the function that stops it. */
export function onFullscreenExit(fn: () => void): () => void {
  const listener = () => {
    if (!document.fullscreenElement) fn();
  };
  document.addEventListener('fullscreenchange', listener);
  return () => document.removeEventListener('fullscreenchange', listener);
}
