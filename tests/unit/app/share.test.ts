import { describe, expect, it } from 'vitest';
import { shareSnippets } from '../../../src/app/share-dialog.ts';
import { DEFAULT_STATE } from '../../../src/core/url-state.ts';

const state = { ...DEFAULT_STATE, indicator: 'urbanization_increase', year: 2020, pilot: 'yantai', view: 'table' as const };

describe('share snippets', () => {
  it('link to the same view under any sub-path, without the table switch', () => {
    const s = shareSnippets('https://intranet.example/gis/atlas/index.html?x=1', state, { width: '800', height: '560', lang: 'en' });
    expect(s.link).toBe('https://intranet.example/gis/atlas/index.html?lang=en&indicator=urbanization_increase&year=2020&pilot=yantai');
    expect(s.embed).toBe('https://intranet.example/gis/atlas/embed.html?lang=en&indicator=urbanization_increase&year=2020&pilot=yantai');
    expect(s.iframe).toContain('width="800" height="560"');
    expect(s.iframe).toContain('src="https://intranet.example/gis/atlas/embed.html?lang=en&amp;indicator=');
  });

  it('adds the allowed host origin for postMessage, escaped in the HTML', () => {
    const s = shareSnippets('http://127.0.0.1:5173/', state, { width: '100%', height: '520', lang: 'zh', origin: 'https://portal.example.gov.cn' });
    expect(s.embed).toMatch(/&origins=https%3A%2F%2Fportal\.example\.gov\.cn$/);
    expect(s.element).toContain('<pilot-atlas indicator="urbanization_increase" year="2020" pilot="yantai" lang="zh" style="height:520px">');
    expect(s.element).toContain('src="http://127.0.0.1:5173/widget/pilot-atlas.js"');
  });
});
