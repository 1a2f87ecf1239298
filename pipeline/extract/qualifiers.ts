import type { Qualifier } from './schema';

/** Words after a value: “70%左右”, “90%以上”, “16 万多人”, “0.2%以内”. */
const AFTER: readonly (readonly [RegExp, Qualifier])[] = [
  [/^(?:左右|上下)/, 'about'],
  [/^(?:以上|多|余)/, 'at_least'],
  [/^(?:以内|以下)/, 'at_most'],
];

/** Words before a value: “约 40 平方公里”, “超过 80%”, “控制在 7% 以内”. */
const BEFORE: readonly (readonly [RegExp, Qualifier])[] = [
  [/(?:不超过|不高于|控制在|(?<!不)低于|(?<!不)少于)$/, 'at_most'],
  [/(?:(?<!不)超过|突破|不低于|不少于|(?<!不)高于|逾)$/, 'at_least'],
  [/(?:约|大约|约为|近|将近|接近)$/, 'about'],
];

/** Length of the qualifier word that follows a value (0 when there is none). */
export function qualifierAfterLength(after: string): number {
  const m = /^(?:左右|上下|以上|以内|以下|多|余)/.exec(after);
  return m ? m[0].length : 0;
}

/**
 * The qualifier of a value from the words just before it (`before`, ending at the number) and just
 * after it (`after`, starting after its unit). The word after the value wins: it is the one the
 * writer attached to the number (“超过 50%以上” is at_least either way).
 */
export function qualifierOf(before: string, after: string): Qualifier {
  for (const [re, q] of AFTER) if (re.test(after)) return q;
  for (const [re, q] of BEFORE) if (re.test(before)) return q;
  return 'exact';
}
