// The bench's command line (node:util parseArgs): what to build, what to measure, how often.
import { parseArgs } from 'node:util';

/** Measurement groups, in the order they run; `--only` picks some. */
export const GROUPS = ['load', 'paint', 'deeplinks', 'widget', 'panzoom', 'longtasks'] as const;
export type Group = (typeof GROUPS)[number];

export interface Options {
  strict: boolean;
  skipBuild: boolean;
  runs: number;
  only: Set<Group>;
  /** True when every group runs: only then are bench/results/latest.* written. */
  full: boolean;
  help: boolean;
}

export const USAGE = `npm run bench -- [options]
  --strict          exit 1 when a budget is missed (each is printed with its figure and ratio)
  --skip-build      measure dist/ and bench/peers/dist/ as they are
  --runs N          cold loads per page and scene (default 5, after one uncounted warm-up each)
  --only a,b        measure only these groups: ${GROUPS.join(', ')}
                    (a partial run writes bench/results/partial.{json,md}, never latest.*)
  --help`;

export function parseOptions(argv: readonly string[]): Options {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      strict: { type: 'boolean', default: false },
      'skip-build': { type: 'boolean', default: false },
      runs: { type: 'string', default: '5' },
      only: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  const runs = Number(values.runs);
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a whole number ≥ 1, got "${values.runs}"`);
  const only = new Set<Group>();
  for (const name of (values.only ?? GROUPS.join(',')).split(',').map((s) => s.trim()).filter(Boolean)) {
    if (!(GROUPS as readonly string[]).includes(name)) throw new Error(`--only: unknown group "${name}" (known: ${GROUPS.join(', ')})`);
    only.add(name as Group);
  }
  return { strict: values.strict, skipBuild: values['skip-build'], runs, only, full: only.size === GROUPS.length, help: values.help };
}
