// validateStory: bad input is an error that names the file, the path and the problem.
import { describe, expect, test } from 'vitest';
import { buildStoryIndex, validateStory, type Story } from '../../../src/core/schema/story.ts';
import { known, storyFiles } from './fixtures.ts';

const FILE = 'data/stories/yantai.json';
const yantai = () => structuredClone(storyFiles().find((f) => f.file === FILE)!.json) as Story;
const problem = (edit: (story: Story) => void): string => {
  const story = yantai();
  edit(story);
  try {
    validateStory(story, FILE, known);
  } catch (error) {
    return (error as Error).message;
  }
  return '(valid)';
};

describe('unknown ids', () => {
  test('an unknown layout names the slide, the key and the id', () => {
    expect(problem((s) => (s.slides[2]!.state = { layout: 'yantia' }))).toMatch(
      /^data\/stories\/yantai\.json › slides\[2\]\.state\.layout › unknown layout "yantia" \(known: changle, .*yantai.*\)$/,
    );
  });

  test('an unknown highlighted pilot names its place in the list', () => {
    expect(problem((s) => (s.slides[0]!.highlight = ['yantai', 'penglai']))).toBe('data/stories/yantai.json › slides[0].highlight[1] › unknown pilot "penglai"');
  });

  test('an unknown selected pilot, measure and document are each reported, all at once', () => {
    const message = problem((s) => {
      s.slides[1]!.state = { pilot: 'nowhere', indicator: 'urbanisation' };
      s.slides[3]!.source = { doc: 'yantai-2035', line: 411 };
    });
    expect(message.split('\n')).toEqual([
      expect.stringMatching(/^data\/stories\/yantai\.json › slides\[1\]\.state\.indicator › unknown measure "urbanisation" \(known: /),
      'data/stories/yantai.json › slides[1].state.pilot › unknown pilot "nowhere"',
      'data/stories/yantai.json › slides[3].source.doc › unknown document "yantai-2035" (known: batch2, changle, fuzhou, minhou, yantai)',
    ]);
  });

  test('a part the slide’s layout lacks is named, with the parts it has', () => {
    expect(problem((s) => (s.slides[3]!.state = { layout: 'yantai', part: '三带' }))).toBe(
      'data/stories/yantai.json › slides[3].state.part › layout "yantai" has no part "三带" (known: 一核引领, 三带贯通, 六圈聚力, 多点支撑)',
    );
    expect(problem((s) => (s.slides[3]!.state = { part: '三带贯通' }))).toBe('data/stories/yantai.json › slides[3].state.part › part "三带贯通" without a layout');
  });

  test('a year without a measure is an error', () => {
    expect(problem((s) => (s.slides[0]!.state = { year: 2025 }))).toBe('data/stories/yantai.json › slides[0].state.year › year 2025 without an indicator');
  });
});

describe('structure', () => {
  test('a caption over 200 characters names the language', () => {
    expect(problem((s) => (s.slides[4]!.caption.en = 'x'.repeat(201)))).toMatch(/^data\/stories\/yantai\.json › slides\[4\]\.caption\.en › /);
  });

  test('a slide without a camera, and an unknown key, are named', () => {
    const message = problem((s) => {
      delete (s.slides[1] as Partial<Story['slides'][number]>).camera;
      (s.slides[2] as Record<string, unknown>).layers = { layout: 'yantai' };
    });
    expect(message).toContain('data/stories/yantai.json › slides[1].camera › ');
    expect(message).toContain('data/stories/yantai.json › slides[2] › ');
    expect(message).toContain('layers');
  });

  test('a camera off the globe and a manual classification are refused', () => {
    const message = problem((s) => {
      s.slides[0]!.camera.center = [200, 37];
      s.slides[1]!.state = { indicator: 'urbanization_target', method: 'manual' as 'jenks' };
    });
    expect(message).toContain('slides[0].camera.center[0]');
    expect(message).toContain('slides[1].state.method');
  });

  test('an id the URL could not carry is refused', () => {
    expect(problem((s) => (s.id = 'Yantai Story'))).toMatch(/^data\/stories\/yantai\.json › id › not an id/);
  });

  test('a valid story passes unchanged', () => {
    expect(problem(() => undefined)).toBe('(valid)');
  });
});

describe('buildStoryIndex', () => {
  test('lists id, title and slide count in the order given', () => {
    const story = validateStory(yantai(), FILE, known);
    expect(buildStoryIndex([story])).toEqual({ stories: [{ id: 'yantai', title: story.title, slides: 7 }] });
  });

  test('two stories with one id are an error naming it', () => {
    const story = validateStory(yantai(), FILE, known);
    expect(() => buildStoryIndex([story, story])).toThrow('data/stories › yantai › two stories have this id');
  });
});
