import type { SourceUnit } from './unit.ts';

/** Codes to give units that lack one, by name, within one source file (one prefecture). */
export interface IdsByName {
  /** Units whose `source` starts with this (a file name) are looked up. */
  source: string;
  /** name → code. */
  ids: Readonly<Record<string, string>>;
}

/**
 * Gives units without an id the code the table has for their name within their file.
 * Units that have an id keep it; a table row that matches no unit, or a unit in a listed
 * file that the table does not cover, is an error (the table must stay in step with the data).
 */
export function assignMissingIds(units: SourceUnit[], tables: readonly IdsByName[]): SourceUnit[] {
  const used = new Set<string>();
  const out = units.map((unit) => {
    if (unit.id !== null) return unit;
    const table = tables.find((t) => unit.source.startsWith(t.source));
    const id = table?.ids[unit.name];
    if (!table || !id) throw new Error(`${unit.source} › "${unit.name}" has no code and no row in the id table`);
    used.add(`${table.source}|${unit.name}`);
    return { ...unit, id };
  });
  for (const table of tables) {
    for (const name of Object.keys(table.ids)) {
      if (!used.has(`${table.source}|${name}`)) throw new Error(`id table › ${table.source} › "${name}" matched no unit without a code`);
    }
  }
  return out;
}
