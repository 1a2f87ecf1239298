import { describe, expect, it } from 'vitest';
import { qualifierOf } from '../../../pipeline/extract/qualifiers';

describe('qualifierOf(before, after)', () => {
  it.each([
    ['达到', '左右,', 'about'],
    ['约', '平方公里', 'about'],
    ['达到', '以上;', 'at_least'],
    ['超过', '', 'at_least'],
    ['不低于', '', 'at_least'],
    ['突破', '万人', 'at_least'],
    ['达到', '多人', 'at_least'],
    ['缩小到', '以内', 'at_most'],
    ['达到', '以下', 'at_most'],
    ['控制在', '', 'at_most'],
    ['达到', ',', 'exact'],
  ] as const)('“%s … %s” is %s', (before, after, q) => {
    expect(qualifierOf(before, after)).toBe(q);
  });

  it('lets the word after the value win over the word before it', () => {
    expect(qualifierOf('约', '以上')).toBe('at_least');
  });
});
