import { describe, expect, it } from 'vitest';
import { validateGazetteer, type Gazetteer } from '../../../src/core/schema/gazetteer';
import { GAZETTEER_FILE, rawGazetteer } from './corpus';

/** A fresh copy of the real file, to break one thing at a time. */
const copy = () => structuredClone(rawGazetteer()) as Gazetteer;
const indexWhere = <T>(list: T[], ok: (t: T) => boolean) => {
  const i = list.findIndex(ok);
  if (i < 0) throw new Error('fixture not found in data/gazetteer.json');
  return i;
};
/** Expects validation to throw a line `data/gazetteer.json › <path> › <message…>`. */
function expectRejected(json: unknown, path: string, message: string | RegExp) {
  let error: unknown;
  try {
    validateGazetteer(json, GAZETTEER_FILE);
  } catch (e) {
    error = e;
  }
  expect(error, 'validation should have thrown').toBeInstanceOf(Error);
  const lines = (error as Error).message.split('\n');
  const line = lines.find((l) => l.startsWith(`${GAZETTEER_FILE} › ${path} › `));
  expect(line, `no issue at ${path} in:\n${lines.join('\n')}`).toBeDefined();
  expect(line!.slice(`${GAZETTEER_FILE} › ${path} › `.length)).toMatch(message);
}

describe('validateGazetteer', () => {
  it('accepts data/gazetteer.json and returns it typed', () => {
    const g = validateGazetteer(rawGazetteer(), GAZETTEER_FILE);
    expect(g.pilots.length).toBeGreaterThan(0);
    expect(g.places.length).toBeGreaterThan(0);
  });

  it('rejects a duplicate id, naming the second occurrence and the first', () => {
    const g = copy();
    g.pilots[1]!.id = g.pilots[0]!.id;
    expectRejected(g, 'pilots[1].id', `duplicate id "${g.pilots[0]!.id}" (already used at pilots[0].id)`);
  });

  it('rejects a place id that a pilot already uses', () => {
    const g = copy();
    g.places[3]!.id = 'changle';
    expectRejected(g, 'places[3].id', /duplicate id "changle" \(already used at pilots\[\d+\]\.id\)/);
  });

  it('rejects a longitude out of range, naming the point', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.point !== undefined);
    g.pilots[i]!.point!.at[0] = 191;
    expectRejected(g, `pilots[${i}].point.at`, 'longitude 191 out of range');
  });

  it('rejects a latitude out of range on a place', () => {
    const g = copy();
    g.places[0]!.at[1] = -91;
    expectRejected(g, 'places[0].at', 'latitude -91 out of range');
  });

  it('rejects an unknown level and lists the known ones', () => {
    const g = copy() as unknown as { pilots: { level: string }[] };
    g.pilots[0]!.level = 'village';
    expectRejected(g, 'pilots[0].level', /^unknown level "village" \(expected one of prefecture_city, county, /);
  });

  it('rejects an unknown place kind', () => {
    const g = copy() as unknown as { places: { kind: string }[] };
    g.places[2]!.kind = 'mountain';
    expectRejected(g, 'places[2].kind', /^unknown kind "mountain"/);
  });

  it('rejects a field the schema does not know', () => {
    const g = copy() as unknown as { pilots: Record<string, unknown>[] };
    g.pilots[0]!.population = 1;
    expectRejected(g, 'pilots[0]', /population/);
  });

  it('rejects an adcode that is not six digits', () => {
    const g = copy();
    g.pilots[0]!.adcodes = ['11011'];
    expectRejected(g, 'pilots[0].adcodes[0]', 'must be a 6-digit adcode');
  });

  it('rejects a pilot with neither adcodes nor a point', () => {
    const g = copy();
    g.pilots[0]!.adcodes = [];
    expectRejected(g, 'pilots[0]', 'has neither adcodes nor a point');
  });

  it('rejects a joint pilot with fewer than two adcodes', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.level === 'joint');
    g.pilots[i]!.adcodes = g.pilots[i]!.adcodes.slice(0, 1);
    expectRejected(g, `pilots[${i}].adcodes`, 'a joint pilot needs at least 2 adcodes, got 1');
  });

  it('rejects a new area whose adcodes are not flagged approximate', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.level === 'new_area');
    delete g.pilots[i]!.adcodesApproximate;
    expectRejected(g, `pilots[${i}].adcodesApproximate`, /new_area only overlaps its counties/);
  });

  it('rejects a town that claims a polygon of its own', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.level === 'town');
    g.pilots[i]!.adcodes = [g.pilots[i]!.point!.parentAdcode];
    expectRejected(g, `pilots[${i}].adcodes`, /a town has no polygon of its own/);
  });

  it('rejects a point outside China', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.point !== undefined);
    g.pilots[i]!.point!.at = [2.35, 48.86];
    expectRejected(g, `pilots[${i}].point.at`, /lies outside China's bounding box/);
  });

  it('rejects an adcode from another province than the pilot', () => {
    const g = copy();
    const i = indexWhere(g.pilots, (p) => p.id === 'changle');
    g.pilots[i]!.adcodes = ['370181'];
    expectRejected(g, `pilots[${i}].adcodes[0]`, 'adcode 370181 is not in province 350000 (福建省)');
  });

  it('rejects a place parent adcode with no province behind it', () => {
    const g = copy();
    g.places[0]!.parentAdcode = '990100';
    expectRejected(g, 'places[0].parentAdcode', 'adcode 990100 has no known province prefix');
  });

  it('rejects a county-level place whose parent is not its prefecture', () => {
    const g = copy();
    const j = indexWhere(g.places, (q) => q.adcode === '370681');
    g.places[j]!.parentAdcode = '350100';
    expectRejected(g, `places[${j}].parentAdcode`, /must be its prefecture 370600/);
  });

  it('reports every problem, one line each', () => {
    const g = copy();
    g.pilots[1]!.id = g.pilots[0]!.id;
    g.places[0]!.parentAdcode = '990100';
    expect(() => validateGazetteer(g, GAZETTEER_FILE)).toThrow(/pilots\[1\]\.id[^\n]*\n[^\n]*places\[0\]\.parentAdcode/);
  });
});
