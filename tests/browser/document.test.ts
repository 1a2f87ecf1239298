import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { useBrowser } from './chromium.ts';
import { openAtlas, screenshot } from './page.ts';
import { BATCH_FILE, batchSection, gbkBytes, yantaiDocx } from '../fixtures/documents.ts';

const baseUrl = inject('baseUrl');
const browser = useBrowser();

const root = new URL('../../', import.meta.url);
const source = (file: string) => readFileSync(new URL(`data/sources/${file}`, root), 'utf8');

/** Chooses a file through the page's own file input, as a person does. */
const choose = (page: Page, name: string, text: string | Uint8Array) =>
  page.setInputFiles('#atlas-import', { name, mimeType: 'text/plain', buffer: typeof text === 'string' ? Buffer.from(text) : Buffer.from(text) });

/** The extraction time the page reports for the last document, ms. */
const extractMs = (page: Page) => page.evaluate(() => Number(document.documentElement.dataset.documentMs));

describe('your own document', () => {
  it('maps a dropped section of the batch document with its provenance, keeps it across a reload until removed, drafts Yantai’s formula, and says what it cannot use', { timeout: 300_000 }, async () => {
    const { page, errors } = await openAtlas(browser(), `${baseUrl}?indicator=urbanization_baseline`);
    // The search box used before the document comes: its aliases in (播州区 finds 遵义县), and 房山 finds the pilot alone.
    const options = () => page.$$eval('.atlas-search-option', (items) => items.map((i) => i.textContent ?? ''));
    await page.fill('#atlas-search input', '播州');
    await page.waitForSelector('.atlas-search-option');
    expect((await options()).join()).toContain('遵义');
    await page.fill('#atlas-search input', '房山');
    await page.waitForSelector('.atlas-search-option');
    expect((await options()).join()).not.toContain('我的文档');
    await page.fill('#atlas-search input', '');
    // 北京市房山区's section alone, saved as GBK text (as Notepad on Chinese Windows saves it): its 2014 rate 68.9 % stands on the batch document's line 79.
    const fangshan = batchSection('北京市房山区');
    const rateLine = 79 - fangshan.firstLine + 1;
    expect(rateLine).toBe(3);
    await choose(page, '房山区.txt', gbkBytes(fangshan.lines));
    await page.waitForSelector('.doc-panel');
    const panel = (await page.textContent('.doc-panel'))!;
    expect(panel).toContain('我的文档: 房山区.txt');
    expect(panel).toContain('编码 GB18030');
    expect(panel).toContain('“北京市房山区”在地图上为');
    expect(await page.$eval('.doc-unit select', (s) => (s as HTMLSelectElement).selectedOptions[0]!.textContent)).toBe('北京市房山区');
    expect(await page.$$eval('.doc-records tbody tr', (rows) => rows.length)).toBe(9);
    expect(await page.$$eval('.doc-records tbody tr', (rows) => rows.map((r) => [...r.children].map((c) => c.textContent)))).toContainEqual(['北京市房山区', '常住人口城镇化率', '现状', '2014', '68.9%', '确数', '3']);
    console.info(`document: ${fangshan.lines.join('\n').length} characters extracted in the worker in ${await extractMs(page)} ms`);

    // On the map: the unit is a pilot of the map's data with the document's value, drawn on top where its polygon is.
    const id = 'mine-1-1';
    expect(await page.evaluate((pid) => window.pilotAtlas.getView()?.values.get(pid)?.value, id)).toBe(68.9);
    expect(await page.textContent('.doc-legend-note')).toContain('含我的文档：房山区.txt');
    await page.evaluate(() => window.pilotAtlas.setState({ camera: { center: [115.86, 39.72], zoom: 9, bearing: 0, pitch: 0 } }));
    await page.evaluate(() => window.pilotAtlas.idle());
    const box = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
    await page.waitForFunction((pid) => window.pilotAtlas.getState().pilot === pid, id);
    await page.waitForSelector('.detail-panel:not([hidden])');
    const detail = (await page.textContent('.detail-panel'))!;
    expect(detail).toContain('房山区（我的文档）');
    expect(detail).toContain('来自我的文档“房山区.txt”');
    await screenshot(page, 'document-fangshan');
    // The search box finds the unit among the pilots, marked as the person's.
    await page.fill('#atlas-search input', '房山');
    await page.waitForSelector('.atlas-search-option');
    expect(await options()).toEqual(expect.arrayContaining([expect.stringContaining('房山区（我的文档）')]));
    await page.fill('#atlas-search input', '');

    // Every number opens the dropped document at its line, the sentence marked.
    await page.click(`.detail-panel button[data-line="${rateLine}"]`);
    await page.waitForSelector('dialog.doc-viewer[open]');
    expect(await page.textContent('#doc-viewer-title')).toBe('房山区.txt');
    expect(await page.$eval('.doc-lines li.is-source', (li) => li.id)).toBe(`doc-line-${rateLine}`);
    expect(await page.textContent('.doc-lines li.is-source mark')).toContain('常住人口城镇化率 68.9%');
    await page.click('.doc-viewer-close');

    // In the table, as the shipped pilots are, its value linking to the same line.
    await page.evaluate(() => window.pilotAtlas.setState({ view: 'table', pilot: null }));
    const row = page.locator('tr', { hasText: '房山区（我的文档）' });
    await row.waitFor();
    await expect(row.locator('.atlas-table-source').first().textContent()).resolves.toBe('68.9%');
    await row.locator('.atlas-table-source').first().click();
    await page.waitForSelector('dialog.doc-viewer[open]');
    expect(await page.$eval('.doc-lines li.is-source', (li) => li.id)).toBe(`doc-line-${rateLine}`);
    await page.click('.doc-viewer-close');
    await page.evaluate(() => window.pilotAtlas.setState({ view: null }));

    // Bad input: no unit, no figures. A message in both languages naming the file; what was loaded stays.
    await choose(page, '笔记.txt', '关于进一步做好工作的几点意见\n\n常住人口城镇化率达到 60%。\n');
    await page.waitForSelector('.doc-error');
    let message = (await page.textContent('.doc-error'))!;
    expect(message).toContain('笔记.txt › 找不到文档所写的单元');
    expect(message).toContain('笔记.txt › no unit found');
    expect(message).toContain('The map and what you loaded before are unchanged.');
    await choose(page, 'minhou.txt', source('minhou-urban-rural-integration-zone-plan-2021.txt'));
    await page.waitForFunction(() => document.querySelector('.doc-error')?.textContent?.includes('minhou.txt'));
    message = (await page.textContent('.doc-error'))!;
    expect(message).toContain('minhou.txt › 文档中没有找到数据');
    expect(message).toContain('minhou.txt › no figures found');
    expect(await page.$$eval('.doc-panel', (p) => p.length)).toBe(1);
    expect(await page.evaluate((pid) => window.pilotAtlas.getView()?.values.get(pid)?.value, id)).toBe(68.9);

    // The Yantai plan saved as Word .docx: its formula listed, the circles it names drafted and opened in the editor; the belts left to place.
    const docx = yantaiDocx();
    await page.setInputFiles('#atlas-import', { name: docx.name, mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from(docx.bytes) });
    await page.waitForFunction(() => document.querySelectorAll('.doc-panel').length === 2);
    const yantai = page.locator('.doc-panel[data-doc="mine-2"]');
    const formula = yantai.locator('.doc-formula', { hasText: '一核引领、三带贯通、六圈聚力、多点支撑' });
    await expect(formula.textContent()).resolves.toContain('已放置：龙口、招远、莱州、栖霞、莱阳、海阳');
    await expect(formula.textContent()).resolves.toContain('需在编辑器中点击地图放置：北部沿海城镇化综合发展带');
    await formula.locator('.doc-draft').click();
    await page.waitForFunction(() => document.querySelector('.layout-editor-status')?.textContent?.includes('错误: 0'));
    expect(await page.textContent('.layout-editor-status')).toMatch(/已生成要素: \d+ · 错误: 0/);
    expect(await page.inputValue('.layout-editor-text')).toContain('"formula": "一核引领、三带贯通、六圈聚力、多点支撑"');
    await screenshot(page, 'document-yantai-draft');

    // A belt the boundaries do not hold, placed by two clicks on the map and Enter: the spec gets the points as the person's reading, and the overlay draws it.
    const drawnCount = async () => Number((await page.textContent('.layout-editor-status'))!.match(/已生成要素: (\d+)/)![1]);
    const circlesOnly = await drawnCount();
    // 房山区's panel folded to its title, so that the clicks fall on the map, below the settings and left of the editor.
    await page.click('.doc-panel[data-doc="mine-1"] > summary');
    await page.evaluate(() => window.pilotAtlas.idle());
    const mapBox = (await page.locator('#map canvas.maplibregl-canvas').boundingBox())!;
    const editorBox = (await page.locator('.layout-editor').boundingBox())!;
    const visibleWidth = Math.min(editorBox.x, mapBox.x + mapBox.width) - mapBox.x;
    const [a, b] = [
      { x: mapBox.x + visibleWidth * 0.35, y: mapBox.y + mapBox.height * 0.72 },
      { x: mapBox.x + visibleWidth * 0.85, y: mapBox.y + mapBox.height * 0.72 },
    ];
    const north = page.locator('.layout-editor .place-member[data-member="北部沿海城镇化综合发展带"]');
    await north.click();
    expect(await page.textContent('.layout-editor-place-status')).toContain('请依次点击“北部沿海城镇化综合发展带”经过的地点');
    await page.mouse.click(a.x, a.y);
    await page.waitForFunction(() => document.querySelector('.layout-editor-place-status')?.textContent?.includes('已点 1 个'));
    await page.mouse.click(b.x, b.y);
    await page.waitForFunction(() => document.querySelector('.layout-editor-place-status')?.textContent?.includes('已点 2 个'));
    await page.keyboard.press('Enter');
    await page.waitForFunction((n) => {
      const m = /已生成要素: (\d+) · 错误: 0$/.exec(document.querySelector('.layout-editor-status')?.textContent ?? '');
      return m !== null && Number(m[1]) > n;
    }, circlesOnly);
    expect(await page.textContent('.layout-editor-place-status')).toMatch(/^已放置“北部沿海城镇化综合发展带”（12\d\.\d{4}, 3\d\.\d{4}），位置为您的解读$/);
    expect(await north.isDisabled()).toBe(true);
    // No pilot was selected by those clicks, and the spec carries the points and says whose they are.
    expect(await page.evaluate(() => window.pilotAtlas.getState().pilot)).toBeNull();
    const placed = JSON.parse(await page.inputValue('.layout-editor-text')) as { parts: { part: string; elements: { kind: string; label: string; membership?: string; note?: { zh: string }; through?: { at: [number, number] }[] }[] }[] };
    const belt = placed.parts.find((p) => p.part === '三带贯通')!.elements[0]!;
    expect(belt).toMatchObject({ kind: 'belt', label: '北部沿海城镇化综合发展带', membership: 'reading' });
    expect(belt.note!.zh).toContain('由使用者在地图上点选');
    const [west, east] = belt.through!.map((r) => r.at);
    expect(west![0]).toBeLessThan(east![0]);
    for (const [lng, lat] of [west!, east!]) {
      expect(lng).toBeGreaterThan(119);
      expect(lng).toBeLessThan(123);
      expect(lat).toBeGreaterThan(36);
      expect(lat).toBeLessThan(38.5);
    }
    // Drawn where it was clicked: the belt's tooltip between the two points.
    await page.evaluate(() => window.pilotAtlas.idle());
    // (Pointed at as a hand does, moving along it, until the overlay has drawn the new belt: the circles
    // are drawn above the belts, so a point of the belt may fall within one, as 莱阳's may, and shows the circle.)
    await expect
      .poll(
        async () => {
          let shown = '';
          for (const f of [0.5, 0.3, 0.7, 0.2, 0.8]) {
            const at = { x: a.x + (b.x - a.x) * f, y: a.y };
            await page.mouse.move(at.x + 6, at.y - 3, { steps: 2 });
            await page.mouse.move(at.x, at.y, { steps: 2 });
            shown = await page.evaluate(() => document.querySelector('.atlas-tooltip:not([hidden])')?.textContent ?? '');
            if (shown.includes('北部沿海城镇化综合发展带')) break;
          }
          return shown;
        },
        { timeout: 30_000, interval: 300 },
      )
      .toContain('北部沿海城镇化综合发展带');
    await screenshot(page, 'document-yantai-placed');
    // Esc cancels placing: the text stays as it was, the map's clicks pick again.
    const text = await page.inputValue('.layout-editor-text');
    await page.locator('.layout-editor .place-member[data-member="中部城镇化提升发展带"]').click();
    expect(await page.getAttribute('.layout-editor .place-member[data-member="中部城镇化提升发展带"]', 'aria-pressed')).toBe('true');
    await page.keyboard.press('Escape');
    expect(await page.textContent('.layout-editor-place-status')).toBe('已取消放置');
    expect(await page.getAttribute('.layout-editor .place-member[data-member="中部城镇化提升发展带"]', 'aria-pressed')).toBeNull();
    expect(await page.inputValue('.layout-editor-text')).toBe(text);

    // Kept across a reload; removed for good by its button.
    await page.reload();
    await page.waitForFunction(() => document.querySelectorAll('.doc-panel').length === 2, undefined, { timeout: 60_000 });
    await page.waitForFunction((pid) => window.pilotAtlas.getView()?.values.get(pid)?.value === 68.9, id);
    await page.click('.doc-panel[data-doc="mine-1"] .doc-remove');
    expect(await page.evaluate((pid) => window.pilotAtlas.getView()?.values.has(pid), id)).toBe(false);
    const kept = await page.evaluate(
      () =>
        new Promise<string[]>((resolve) => {
          const open = indexedDB.open('pilot-atlas-documents');
          open.onsuccess = () => {
            const get = open.result.transaction('documents').objectStore('documents').getAllKeys();
            get.onsuccess = () => resolve(get.result.map(String));
          };
        }),
    );
    expect(kept).toEqual(['mine-2']);

    // The whole batch document (378 KB): 59 sections, 59 units on the map. Issue 16 asks for extraction in under 1 s on a
    // quiet 2-core machine (the bench measures it); here, on a machine the other suites share, it is logged and held under 5 s.
    const batch = readFileSync(new URL(`data/sources/${BATCH_FILE}`, root));
    await choose(page, '第二批.txt', batch);
    await page.waitForFunction(() => document.querySelectorAll('.doc-panel[data-doc="mine-3"] .doc-unit').length > 0, undefined, { timeout: 60_000 });
    const ms = await extractMs(page);
    console.info(`document: ${Math.round(batch.length / 1024)} KB (${batch.toString('utf8').length} characters) extracted in the worker in ${ms} ms`);
    expect(ms).toBeLessThan(5000);
    expect(await page.$$eval('.doc-panel[data-doc="mine-3"] .doc-unit', (units) => units.length)).toBe(59);
    expect(await page.$$eval('.doc-panel[data-doc="mine-3"] .doc-unit select', (s) => s.filter((x) => (x as HTMLSelectElement).value === '').length)).toBe(0);
    // Each select comes to offer its province's units (made a few selects at a time, or when it is used), its match still chosen.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLSelectElement>('.doc-panel[data-doc="mine-3"] .doc-unit select')].every((s) => s.options.length > 2));
    const fangshanMatch = page.locator('.doc-panel[data-doc="mine-3"] .doc-unit[data-unit="北京市房山区"] select');
    expect(await fangshanMatch.evaluate((s: HTMLSelectElement) => s.selectedOptions[0]!.textContent)).toBe('北京市房山区');
    expect(await fangshanMatch.evaluate((s: HTMLSelectElement) => [...s.options].map((o) => o.textContent))).toEqual(expect.arrayContaining(['北京市朝阳区', '北京市海淀区']));
    expect(errors).toEqual([]);
    await page.close();
  });
});
