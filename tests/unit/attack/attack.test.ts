// The attack run kept as tests: each row is a hostile or broken input and what a person gets from
// it (docs/attack-run.md is the table, with how each row fared before the bad-input fixes). The
// broken data files (class 2) are in attack-data.test.ts, so the two halves run side by side.
import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, type AttackClass } from './check.ts';
import { ROWS } from './rows.ts';

describe('the attack table', () => {
  it('has distinct rows, at least 160 of them, in every class', () => {
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length);
    expect(ROWS.length).toBeGreaterThanOrEqual(160);
    for (const cls of Object.keys(CLASS_NAMES).map(Number)) expect(ROWS.some((r) => r.cls === cls)).toBe(true);
  });
});

for (const cls of Object.keys(CLASS_NAMES).map(Number) as AttackClass[]) {
  if (cls === 2) continue;
  describe(`${cls}. ${CLASS_NAMES[cls]}`, () => {
    for (const row of ROWS.filter((r) => r.cls === cls)) it(`${row.id}: ${row.input} → ${row.sees}`, () => row.run());
  });
}
