// Dev aid: screenshot a page of the app in headless Chromium once it is ready.
// node scripts/screenshot.mjs <url> <out.png> [width] [height]
import { chromium } from 'playwright-core';

const [url, out, width = '1280', height = '720'] = process.argv.slice(2);
if (!url || !out) {
  console.error('usage: node scripts/screenshot.mjs <url> <out.png> [width] [height]');
  process.exit(2);
}
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
});
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
page.on('console', (m) => console.log(`console.${m.type()}: ${m.text()}`));
await page.goto(url);
await page.waitForSelector('html[data-atlas-ready]', { state: 'attached', timeout: 60_000 });
await page.screenshot({ path: out });
await browser.close();
