// The shipped stories in data/stories: they validate against the real ids, and every caption says
// only what its cited line says (the overview's figures come from the data: overview.test.ts).
import { describe, expect, test } from 'vitest';
import { buildStoryIndex, STORY_LIMITS, validateStory, type Story } from '../../../src/core/schema/story.ts';
import { docLine, docTitle, fold, known, numbersIn, numbersInEnglish, storyFiles } from './fixtures.ts';

const stories = storyFiles().map(({ file, json }) => ({ file, story: validateStory(json, file, known) }));
const byId = new Map(stories.map(({ story }) => [story.id, story]));
const slidesOf = (story: Story) => story.slides.map((slide, i) => ({ slide, at: `${story.id} › slides[${i}]` }));

describe('shipped stories', () => {
  test('the four stories of issue 7 ship, each in a file named after its id', () => {
    expect([...byId.keys()].sort()).toEqual(['batch2-overview', 'changle', 'fuzhou', 'yantai']);
    for (const { file, story } of stories) expect(file).toBe(`data/stories/${story.id}.json`);
  });

  test('each has 4–7 slides', () => {
    for (const { story } of stories) {
      expect(story.slides.length, story.id).toBeGreaterThanOrEqual(4);
      expect(story.slides.length, story.id).toBeLessThanOrEqual(7);
    }
  });

  test('the plan stories show their plans: changle, yantai, fuzhou and fuzhou-metro', () => {
    const layouts = (id: string) => new Set(byId.get(id)!.slides.map((s) => s.state?.layout).filter(Boolean));
    expect(layouts('changle')).toEqual(new Set(['changle']));
    expect(layouts('yantai')).toEqual(new Set(['yantai']));
    expect(layouts('fuzhou')).toEqual(new Set(['fuzhou', 'fuzhou-metro']));
  });

  test('slides about one part of a plan highlight it (一核, 三带, 六圈, 多点; 三城, 三群; 拓展区, 城市副中心, 快速交通连接)', () => {
    const parts = (id: string) => byId.get(id)!.slides.map((s) => s.state?.part ?? null);
    expect(parts('yantai')).toEqual([null, null, '一核引领', '三带贯通', '六圈聚力', '多点支撑', null]);
    expect(parts('changle')).toEqual([null, null, null, '三城', '三群']);
    expect(parts('fuzhou')).toEqual([null, null, '拓展区', '城市副中心', '快速交通连接']);
  });

  test('every caption is within the limit in both languages', () => {
    for (const { story } of stories)
      for (const { slide, at } of slidesOf(story)) {
        expect(slide.caption.zh.length, at).toBeLessThanOrEqual(STORY_LIMITS.caption);
        expect(slide.caption.en.length, at).toBeLessThanOrEqual(STORY_LIMITS.caption);
      }
  });

  test('every cited quote stands on its cited line', () => {
    for (const { story } of stories)
      for (const { slide, at } of slidesOf(story)) {
        if (!slide.source?.quote) continue;
        expect(fold(docLine(slide.source.doc, slide.source.line)), at).toContain(fold(slide.source.quote));
      }
  });

  test('the plan stories cite a line on every slide, and each number of a caption is on that line or in the document’s title', () => {
    for (const id of ['changle', 'yantai', 'fuzhou']) {
      for (const { slide, at } of slidesOf(byId.get(id)!)) {
        expect(slide.source, at).toBeDefined();
        const { doc, line } = slide.source!;
        const stated = new Set([...numbersIn(docLine(doc, line)), ...numbersIn(docTitle(doc))]);
        for (const n of numbersIn(slide.caption.zh)) expect(stated.has(n), `${at}: ${n} is not in ${doc} line ${line}`).toBe(true);
      }
    }
  });

  test('the English captions state the same numbers as the Chinese ones', () => {
    for (const { story } of stories)
      for (const { slide, at } of slidesOf(story)) {
        const zh = new Set(numbersIn(slide.caption.zh));
        for (const n of numbersInEnglish(slide.caption.en)) expect(zh.has(n), `${at}: ${n}`).toBe(true);
      }
  });

  test('cameras stay in the area the map can show (MOUNT_DEFAULTS.maxBounds: 50–170° E, 15° S–62° N)', () => {
    for (const { story } of stories)
      for (const { slide, at } of slidesOf(story)) {
        const [lng, lat] = slide.camera.center;
        expect(lng > 50 && lng < 170 && lat > -15 && lat < 62, at).toBe(true);
      }
  });

  test('the index lists them in file order with their slide counts', () => {
    expect(buildStoryIndex(stories.map((s) => s.story)).stories.map((e) => [e.id, e.slides])).toEqual([
      ['batch2-overview', 6],
      ['changle', 5],
      ['fuzhou', 5],
      ['yantai', 7],
    ]);
  });
});
