// The attack run, class 2: the app's data files served broken (see attack.test.ts).
import { describe, it } from 'vitest';
import { CLASS_NAMES } from './check.ts';
import { DATA_ROWS } from './rows-data.ts';

describe(`2. ${CLASS_NAMES[2]}`, () => {
  for (const row of DATA_ROWS) it(`${row.id}: ${row.input} → ${row.sees}`, () => row.run());
});
