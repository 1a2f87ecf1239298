// The attack table's row type and its checks. A check throws an Error whose message says, in a few
// words, what a person would get wrong ("the message does not name line 3"), so the table's
// before/after columns can quote it. No test-runner API: the rows run under vitest and, for the
// before/after table, under the plain runner (run.ts).
import type { Bi, ImportSeen } from './api.ts';

export type AttackClass = 1 | 2 | 3 | 4 | 5 | 7;

export const CLASS_NAMES: Record<AttackClass, string> = {
  1: 'imports',
  2: 'broken data files',
  3: 'URL parameters',
  4: 'postMessage',
  5: 'layout editor',
  7: 'framing / CSP',
};

export interface Row {
  /** Stable and distinct: `1.csv-semicolon`. */
  id: string;
  cls: AttackClass;
  /** The input, in a few words. */
  input: string;
  /** What a person sees today (the expectation the row asserts). */
  sees: string;
  run: () => void | Promise<void>;
}

export class Failed extends Error {}

export function ok(condition: unknown, why: string): asserts condition {
  if (!condition) throw new Failed(why);
}

export const eq = (actual: unknown, expected: unknown, what: string): void => {
  const a = JSON.stringify(actual);
  const e = JSON.stringify(expected);
  ok(a === e, `${what}: ${clip(a)} instead of ${clip(e)}`);
};

export const clip = (s: string | undefined, n = 70): string => {
  const text = String(s).replace(/\s+/g, ' ');
  return text.length > n ? `${text.slice(0, n)}…` : text;
};

const CJK = /[\u3400-\u9fff]/;
/** A message's own words, without what it quotes of the input (names, values, the file name). */
const ownWords = (text: string, quoted: readonly string[]) => {
  let s = text.replace(/"[^"]*"|“[^”]*”|「[^」]*」/g, ' ');
  for (const q of quoted) if (q) s = s.split(q).join(' ');
  return s;
};

/** The Chinese text says it in Chinese, the English text in English (quoted input aside). */
export function bilingual(m: Bi, what: string, quoted: readonly string[] = []): void {
  ok(CJK.test(ownWords(m.zh, quoted)), `${what} is not in Chinese: ${clip(m.zh)}`);
  ok(/[A-Za-z]{3}/.test(ownWords(m.en, quoted)), `${what} is not in English: ${clip(m.en)}`);
}

export type Place = { line: number } | { feature: number } | null;

/**
 * Set when the table runs against an older version (docs/attack-run.md): its messages may say the
 * same thing in other words, so the rows check that a message exists, names the file and the place
 * (in either word order) and speaks each language, but not the exact words.
 */
const BASELINE = typeof process !== 'undefined' && process.env.ATTACK_BASELINE === '1';
export const says_ = (re: RegExp | undefined, text: string) => BASELINE || !re || re.test(text);

const placeText = (place: Exclude<Place, null>): Bi =>
  'line' in place ? { zh: `第 ${place.line} 行`, en: `line ${place.line}` } : { zh: `features[${place.feature}]`, en: `features[${place.feature}]` };
/** Whether a text names the place (a baseline may write 行 4 for 第 4 行, features[2] or feature 2). */
const names = (text: string, place: Exclude<Place, null>, lang: 'zh' | 'en') => {
  if (text.includes(placeText(place)[lang])) return true;
  if (!BASELINE) return false;
  const n = 'line' in place ? place.line : place.feature;
  return 'line' in place ? new RegExp(`(行|line) ?${n}\\b`).test(text) : new RegExp(`feature(s\\[| )${n}`).test(text);
};

/** The file could not be shown: the box names the file and the place, in both languages, and says what is wrong. */
export function refusedNamed(seen: ImportSeen, file: string, place: Place, says?: RegExp): void {
  ok(!seen.crashed, `an unexpected error escaped: ${clip(seen.crashed ?? '')}`);
  ok(seen.refused, `the file was shown (${seen.drawn} drawn), not refused`);
  for (const lang of ['zh', 'en'] as const) {
    const text = [seen.refused.title[lang], ...seen.refused.lines.map((l) => l[lang])].join('\n');
    ok(text.includes(file), `the ${lang} message does not name the file ${file}: ${clip(text)}`);
    if (place) ok(names(text, place, lang), `the ${lang} message does not name ${placeText(place)[lang]}: ${clip(text)}`);
  }
  const first = seen.refused.lines[0];
  ok(first, 'the message says nothing about what is wrong');
  bilingual(first, 'the message', [file]);
  ok(says_(says, first.en), `the message does not say ${says}: ${clip(first.en)}`);
}

/** The file was shown: `drawn` units or features in colour, a legend of `classes` rows (when given). */
export function shown(seen: ImportSeen, drawn: number, classes?: number): void {
  ok(!seen.crashed, `an unexpected error escaped: ${clip(seen.crashed ?? '')}`);
  ok(!seen.refused, `refused: ${clip(seen.refused?.lines.map((l) => l.en).join('; ') || seen.refused?.title.en)}`);
  eq(seen.drawn, drawn, 'drawn');
  ok(seen.classes >= 1, 'the legend has no classes');
  if (classes !== undefined) eq(seen.classes, classes, 'legend classes');
}

/** The legend's notes name a place, in both languages (and say `says` in English). */
export function noted(seen: ImportSeen, place: Place, says: RegExp): void {
  const hit = seen.notes.find((n) => says_(says, n.en) && (!place || (names(n.zh, place, 'zh') && names(n.en, place, 'en'))));
  ok(hit, `no note ${place ? `at ${placeText(place).en} ` : ''}saying ${says}: ${clip(seen.notes.map((n) => n.en).join('; ') || '(no notes)')}`);
  bilingual(hit, 'the note');
}

/**
 * Runs `fn`, failing when it takes more than `ms` of CPU time (the work a single input may cause).
 * CPU time, not wall time: the tests share two cores with other work, which stretches wall time
 * several-fold; what a row guards against is work that grows out of proportion (the editor's
 * 10,000 errors took about 900 s before).
 */
export function bounded<T>(ms: number, what: string, fn: () => T): T {
  const start = process.cpuUsage();
  const value = fn();
  const used = process.cpuUsage(start);
  const took = (used.user + used.system) / 1000;
  ok(took <= ms, `${what} took ${Math.round(took)} ms of CPU (budget ${ms} ms)`);
  return value;
}
