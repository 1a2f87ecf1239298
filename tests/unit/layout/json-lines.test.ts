import { describe, expect, it } from 'vitest';
import { lineOfPath, pathKeys, syntaxErrors } from '../../../src/core/layout/json-lines.ts';

const spec = `{
  "id": "demo",
  "parts": [
    { "part": "一核", "elements": [] },
    {
      "part": "两带",
      "elements": [
        { "kind": "belt", "label": "北带", "through": [{ "place": "甲" }, { "place": "文岭镇" }] }
      ]
    }
  ]
}`;

describe('finding the line of an error in a layout spec', () => {
  it('splits a dotted path with indices into keys', () => {
    expect(pathKeys('parts[1].elements[0].through[1]')).toEqual(['parts', 1, 'elements', 0, 'through', 1]);
  });

  it('puts an element error on the line where the element stands', () => {
    expect(lineOfPath(spec, 'parts[1].elements[0].through[1]')).toBe(8);
    expect(lineOfPath(spec, 'parts[1].part')).toBe(6);
  });

  it('puts an error about a missing key on the line of its nearest existing ancestor', () => {
    expect(lineOfPath(spec, 'parts[0].elements[4].label')).toBe(4);
    expect(lineOfPath(spec, 'title')).toBe(2);
  });

  it('reports syntax errors at their lines', () => {
    const broken = spec.replace('"part": "两带",', '"part": "两带"');
    const errors = syntaxErrors(broken);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]!.line).toBe(7);
    expect(syntaxErrors(spec)).toEqual([]);
  });
});
