import { existsSync } from 'node:fs';
import { afterAll, beforeAll } from 'vitest';
import { chromium, type Browser } from 'playwright-core';

/** Debian's Chromium, or the one CHROMIUM_PATH names. Throws with install instructions when absent. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `Browser tests need Chromium at ${path}, and it is not there.\n` +
        `Install it (Debian): apt-get update && apt-get install -y chromium fonts-noto-cjk\n` +
        `or point CHROMIUM_PATH at another Chromium. (npx playwright install cannot download browsers here.)`,
    );
  }
  return path;
}

/** Flags that give WebGL (SwiftShader) in headless Chromium and keep it off the network. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
];

/**
 * The tests' flags: CHROMIUM_ARGS with the page composited in software. WebGL still draws with
 * SwiftShader, and what a test reads (screenshots, canvases, exports) is the same picture; what goes
 * is the compositor's own pass through software WebGL and its read-back of every frame, which in
 * headless Chromium took more GPU time during a cold load than the map's drawing. A cold load to
 * ready measured about a fifth faster with it (medians of 5, alternating, on a 2-core machine). The
 * bench keeps CHROMIUM_ARGS, so its figures stay comparable from run to run.
 */
export const TEST_ARGS = [...CHROMIUM_ARGS, '--disable-gpu-compositing'];

export function launchChromium(args: string[] = TEST_ARGS): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args, headless: true });
}

/**
 * A Chromium whose pages prefer reduced motion unless a test asks otherwise: the app then moves the
 * camera without animating (as it does for a person who set that preference), so a test does not
 * wait out flights drawn in software. Chromium's own switch for it has no effect in headless mode.
 */
export async function launchReducedMotion(): Promise<Browser> {
  const browser = await launchChromium();
  const newPage = browser.newPage.bind(browser);
  const newContext = browser.newContext.bind(browser);
  browser.newPage = (options) => newPage({ reducedMotion: 'reduce', ...options });
  browser.newContext = (options) => newContext({ reducedMotion: 'reduce', ...options });
  return browser;
}

/**
 * One Chromium for a test file: launched before its tests, closed after. Call the result for the
 * browser. Its pages prefer reduced motion (launchReducedMotion) unless `launch` says otherwise.
 */
export function useBrowser(launch: () => Promise<Browser> = launchReducedMotion): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => browser!;
}
