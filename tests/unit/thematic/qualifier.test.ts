import { describe, expect, it } from 'vitest';
import { combineQualifiers } from '../../../src/core/thematic/qualifier.ts';

const minus = (a: Parameters<typeof combineQualifiers>[0][0]['qualifier'], b: typeof a) =>
  combineQualifiers([
    { qualifier: a, sign: 1 },
    { qualifier: b, sign: -1 },
  ]);

describe('combineQualifiers', () => {
  it('keeps exact inputs exact', () => {
    expect(minus('exact', 'exact')).toBe('exact');
  });

  it('makes anything with an approximate input approximate', () => {
    expect(minus('about', 'exact')).toBe('about');
    expect(minus('at_least', 'about')).toBe('about');
  });

  it('turns an at-least target into an at-least rise and an at-most one into an at-most rise', () => {
    expect(minus('at_least', 'exact')).toBe('at_least');
    expect(minus('at_most', 'exact')).toBe('at_most');
  });

  it('reverses the bound of what is subtracted', () => {
    expect(minus('exact', 'at_least')).toBe('at_most');
    expect(minus('exact', 'at_most')).toBe('at_least');
    expect(minus('at_least', 'at_most')).toBe('at_least');
  });

  it('gives up a bound when the inputs pull both ways', () => {
    expect(minus('at_least', 'at_least')).toBe('about');
  });
});
