// Runs the attack table outside vitest and writes each row's outcome to a JSON file, for the
// before/after table of docs/attack-run.md (table.ts). Each row runs in a child process watched by
// the parent: a row that blocks longer than the limit (as the editor did with 10,000 errors) is
// recorded as blocked, the child is ended and the run goes on with the next row.
//
//   node --import tsx --import ./tests/unit/attack/css-hook.mjs tests/unit/attack/run.ts results.json [seconds]
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Outcome {
  id: string;
  cls: number;
  input: string;
  sees: string;
  ok: boolean;
  /** Why it failed, in a few words. */
  why: string;
  ms: number;
}

const here = fileURLToPath(import.meta.url);

async function child(from: number): Promise<void> {
  const { ROWS } = await import('./rows.ts');
  for (let i = from; i < ROWS.length; i++) {
    const row = ROWS[i]!;
    process.stdout.write(`START ${i}\n`);
    const start = performance.now();
    let ok = true;
    let why = '';
    try {
      await row.run();
    } catch (error) {
      ok = false;
      why = error instanceof Error ? `${error.constructor.name === 'Failed' ? '' : `${error.name}: `}${error.message}` : String(error);
    }
    const outcome: Outcome = { id: row.id, cls: row.cls, input: row.input, sees: row.sees, ok, why: why.replace(/\s+/g, ' ').slice(0, 300), ms: Math.round(performance.now() - start) };
    process.stdout.write(`RESULT ${JSON.stringify(outcome)}\n`);
  }
  process.stdout.write('END\n');
}

async function parent(out: string, limit: number): Promise<void> {
  const { ROWS } = await import('./rows.ts');
  const outcomes: Outcome[] = [];
  let next = 0;
  while (next < ROWS.length) {
    const from = next;
    await new Promise<void>((resolve) => {
      const proc = spawn(process.execPath, ['--import', 'tsx', '--import', new URL('./css-hook.mjs', import.meta.url).href, here, '--child', String(from)], { stdio: ['ignore', 'pipe', 'inherit'] });
      let started = -1;
      let timer: NodeJS.Timeout | undefined;
      const arm = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          const row = ROWS[started]!;
          outcomes.push({ id: row.id, cls: row.cls, input: row.input, sees: row.sees, ok: false, why: `no answer in ${limit} s: the page would be blocked`, ms: limit * 1000 });
          next = started + 1;
          console.log(`FAIL ${row.id} — no answer in ${limit} s`);
          proc.kill('SIGKILL');
        }, limit * 1000);
      };
      let buffer = '';
      proc.stdout.on('data', (chunk: Buffer) => {
        buffer += chunk.toString();
        let nl: number;
        while ((nl = buffer.indexOf('\n')) >= 0) {
          const line = buffer.slice(0, nl);
          buffer = buffer.slice(nl + 1);
          if (line.startsWith('START ')) {
            started = Number(line.slice(6));
            arm();
          } else if (line.startsWith('RESULT ')) {
            clearTimeout(timer);
            const outcome = JSON.parse(line.slice(7)) as Outcome;
            outcomes.push(outcome);
            next = started + 1;
            console.log(`${outcome.ok ? 'pass' : 'FAIL'} ${outcome.id}${outcome.ok ? '' : ` — ${outcome.why.slice(0, 120)}`}`);
          } else if (line === 'END') next = ROWS.length;
        }
      });
      proc.on('exit', () => {
        clearTimeout(timer);
        // A child that died inside a row (a crash of the process itself): that row failed.
        if (next <= started && started >= 0) {
          const row = ROWS[started]!;
          outcomes.push({ id: row.id, cls: row.cls, input: row.input, sees: row.sees, ok: false, why: 'the process died', ms: 0 });
          next = started + 1;
        }
        if (started < 0 && next === from) next = ROWS.length; // the child could not even load the rows
        resolve();
      });
    });
  }
  writeFileSync(out, `${JSON.stringify(outcomes, null, 1)}\n`);
  console.log(`${outcomes.filter((o) => o.ok).length} of ${outcomes.length} rows pass → ${out}`);
}

const args = process.argv.slice(2);
if (args[0] === '--child') await child(Number(args[1] ?? 0));
else await parent(args[0] ?? 'attack-results.json', Number(args[1] ?? 30));
