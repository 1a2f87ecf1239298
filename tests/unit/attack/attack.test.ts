// The attack run kept as tests: each row is a hostile or broken input and what a person gets from
// it (docs/attack-run.md is the table, with how each row fared before the bad-input fixes).
import { describe, expect, it } from 'vitest';
import { CLASS_NAMES, type AttackClass } from './check.ts';
import { ROWS } from './rows.ts';

describe('the attack table', () => {
  it('has distinct rows', () => {
    expect(new Set(ROWS.map((r) => r.id)).size).toBe(ROWS.length);
  });
});

for (const cls of Object.keys(CLASS_NAMES).map(Number) as AttackClass[]) {
  const rows = ROWS.filter((r) => r.cls === cls);
  if (rows.length === 0) continue;
  describe(`${cls}. ${CLASS_NAMES[cls]}`, () => {
    for (const row of rows) it(`${row.id}: ${row.input} → ${row.sees}`, () => row.run());
  });
}
