// Writes docs/attack-run.md from two runs of the attack table (run.ts): the app before the
// bad-input work and today.
//
//   node --import tsx --import ./tests/unit/attack/css-hook.mjs tests/unit/attack/table.ts before.json after.json docs/attack-run.md
//
// The inputs and expectations are worded as the rows word them now; the verdicts are the runs'.
import { readFileSync, writeFileSync } from 'node:fs';
import { CLASS_NAMES, type AttackClass } from './check.ts';
import type { Outcome } from './run.ts';

const [beforeFile, afterFile, out] = process.argv.slice(2) as [string, string, string];
const before = new Map((JSON.parse(readFileSync(beforeFile, 'utf8')) as Outcome[]).map((o) => [o.id, o]));
const { ROWS } = await import('./rows.ts');
const words = new Map(ROWS.map((r) => [r.id, r]));
const after = (JSON.parse(readFileSync(afterFile, 'utf8')) as Outcome[]).map((o) => ({ ...o, input: words.get(o.id)?.input ?? o.input, sees: words.get(o.id)?.sees ?? o.sees }));
const intro = readFileSync(new URL('./table-intro.md', import.meta.url), 'utf8');

/** Plain text in a Markdown table cell: no HTML, no column breaks. */
const cell = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\|/g, '\\|').replace(/\s+/g, ' ').trim();
const verdict = (o: Outcome | undefined) => (!o ? 'not run' : o.ok ? 'pass' : `fail: ${o.why.length > 110 ? `${o.why.slice(0, 110)}…` : o.why}`);

const classes = Object.keys(CLASS_NAMES).map(Number) as AttackClass[];
const lines: string[] = [intro.trimEnd(), '', '## Counts', '', '| class | inputs | before: pass | after: pass |', '|---|---:|---:|---:|'];
for (const cls of classes) {
  const rows = after.filter((o) => o.cls === cls);
  lines.push(`| ${cls}. ${CLASS_NAMES[cls]} | ${rows.length} | ${rows.filter((o) => before.get(o.id)?.ok).length} | ${rows.filter((o) => o.ok).length} |`);
}
lines.push(`| **all** | **${after.length}** | **${after.filter((o) => before.get(o.id)?.ok).length}** | **${after.filter((o) => o.ok).length}** |`, '');

/** What a failure was, from the check that failed: broke or blocked, lost or wrong, or only not said (well). */
const kind = (o: Outcome): 'broke' | 'lost' | 'unsaid' => {
  if (/escaped|crashed|blank page|no answer|took \d+ ms|process died|not handled|RangeError|TypeError|Property failed/.test(o.why)) return 'broke';
  if (/not in Chinese|not in English|does not name|no note|no warning|does not say|no message about|loaded without a word|not noted|the note/.test(o.why)) return 'unsaid';
  return 'lost';
};
lines.push(
  'The rows that failed before, by what went wrong: **broke or blocked** (an exception, a blank page, no answer in 30 s, work over budget, no code for it), **lost or wrong** (valid rows or keys lost, a wrong value applied, a file refused that could be read, a CSP or framing header missing), **not said** (the outcome was right or harmless but the message was missing, English only, or did not name the file or place).',
  '',
  '| class | broke or blocked | lost or wrong | not said |',
  '|---|---:|---:|---:|',
);
for (const cls of classes) {
  const failed = after.filter((o) => o.cls === cls).map((o) => before.get(o.id)).filter((o): o is Outcome => o !== undefined && !o.ok);
  lines.push(`| ${cls}. ${CLASS_NAMES[cls]} | ${failed.filter((o) => kind(o) === 'broke').length} | ${failed.filter((o) => kind(o) === 'lost').length} | ${failed.filter((o) => kind(o) === 'unsaid').length} |`);
}
lines.push('');
for (const cls of classes) {
  lines.push(`## ${cls}. ${CLASS_NAMES[cls]}`, '', '| row | input | before (70a495d) | after | what a person sees |', '|---|---|---|---|---|');
  for (const o of after.filter((r) => r.cls === cls)) lines.push(`| ${cell(o.id)} | ${cell(o.input)} | ${cell(verdict(before.get(o.id)))} | ${cell(verdict(o))} | ${cell(o.sees)} |`);
  lines.push('');
}
writeFileSync(out, `${lines.join('\n')}\n`);
console.log(`${after.length} rows → ${out}`);
