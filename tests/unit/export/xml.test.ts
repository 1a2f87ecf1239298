import { describe, expect, it } from 'vitest';
import { attrs, escapeXml, num, textEl, xmlEl } from '../../../src/map-export/xml.ts';
import { xmlProblems } from './xml-check.ts';

describe('xml', () => {
  it('escapeXml writes & < > " and \' as entities and leaves the rest, CJK included', () => {
    expect(escapeXml(`a&b<c>d"e'f 南海`)).toBe('a&amp;b&lt;c&gt;d&quot;e&#39;f 南海');
    expect(escapeXml('&amp;')).toBe('&amp;amp;');
  });

  it('attrs skips unset values, escapes strings and rounds numbers to 2 decimals without -0', () => {
    expect(attrs({ a: 'x"y', b: null, c: undefined, d: 1.23456, e: -0.001 })).toBe(' a="x&quot;y" d="1.23" e="0"');
    expect(num(12)).toBe('12');
  });

  it('xmlEl and textEl write elements that the checker finds well formed', () => {
    const doc = xmlEl('svg', { xmlns: 'http://www.w3.org/2000/svg' }, [xmlEl('rect', { width: 1 }), textEl('text', { x: 0 }, '<b>&</b>')]);
    expect(doc).toBe('<svg xmlns="http://www.w3.org/2000/svg"><rect width="1"/><text x="0">&lt;b&gt;&amp;&lt;/b&gt;</text></svg>');
    expect(xmlProblems(doc)).toEqual([]);
  });

  it('the checker catches crossed and unclosed tags, raw < and bare &', () => {
    expect(xmlProblems('<a><b></a></b>')).not.toEqual([]);
    expect(xmlProblems('<a><b>')).toEqual(['end: unclosed <a> <b>']);
    expect(xmlProblems('<a x="<"/>')).not.toEqual([]);
    expect(xmlProblems('<a>R&D</a>')).toEqual(['4: bare &']);
    expect(xmlProblems('<a/><b/>')).toEqual(['4: second root <b>']);
  });
});
