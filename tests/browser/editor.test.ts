import { describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { useBrowser } from './chromium.ts';
import { openAtlas, screenshot } from './page.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

describe('the live layout editor', () => {
  it('opens on the current layout, reports an unknown place at its line, and redraws when fixed', async () => {
    const { page, errors } = await openAtlas(browser(), `${baseUrl}?layout=yantai`);
    await page.click('#atlas-editor');
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('.layout-editor-text')?.value ?? '').includes('"id": "yantai"'));
    await page.waitForFunction(() => /已生成要素: [1-9]\d* · 错误: 0/.test(document.querySelector('.layout-editor-status')?.textContent ?? ''));

    const text = await page.inputValue('.layout-editor-text');
    const broken = text.replace('"place": "招远市"', '"place": "不存在镇"');
    expect(broken).not.toBe(text);
    const expectedLine = broken.split('\n').findIndex((l) => l.includes('不存在镇')) + 1;
    await page.fill('.layout-editor-text', broken);
    await page.waitForSelector('.layout-editor-errors li');
    const item = page.locator('.layout-editor-errors li').first();
    expect(await item.textContent()).toContain('不存在镇');
    expect(Number(await item.getAttribute('data-line'))).toBe(expectedLine);
    await screenshot(page, 'editor-error');

    await page.fill('.layout-editor-text', text);
    await page.waitForFunction(() => document.querySelectorAll('.layout-editor-errors li').length === 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('drafts a new formula from the template and draws it', async () => {
    const { page } = await openAtlas(browser(), baseUrl);
    await page.click('#atlas-editor');
    await page.waitForSelector('.layout-editor-text');
    await page.waitForFunction(() => (document.querySelector<HTMLTextAreaElement>('.layout-editor-text')?.value ?? '').includes('"id": "draft"'));
    const draft = (await page.inputValue('.layout-editor-text')).replace('"formula": "一核两带"', '"formula": "一核两带一圈"').replace(
      '"parts": [',
      '"parts": [\n    { "part": "一圈", "elements": [{ "kind": "circle", "label": "栖霞圈", "center": { "place": "栖霞市" }, "radiusKm": 20 }] },',
    );
    await page.fill('.layout-editor-text', draft);
    await page.waitForFunction(() => /错误: 0/.test(document.querySelector('.layout-editor-status')?.textContent ?? ''));
    const drawn = Number((await page.textContent('.layout-editor-status'))!.match(/已生成要素: (\d+)/)![1]);
    expect(drawn).toBeGreaterThan(8);
    await page.waitForTimeout(1200); // the camera flies to the draft
    await screenshot(page, 'editor-draft');
    await page.close();
  });
});
