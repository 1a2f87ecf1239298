import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { alignment } from '../../../pipeline/geo/alignment.ts';
import { gcj02ToWgs84 } from '../../../pipeline/geo/datum.ts';
import { KinmenCheckSchema } from '../../../pipeline/geo/schema.ts';

// data/geo/checks/kinmen.json, written by the build: 大金門 as Taiwan's survey draws it (WGS84)
// and as Fujian's 350527 金门县 draws it (AMap, GCJ-02), before and after the build's conversion.
const check = KinmenCheckSchema.parse(
  JSON.parse(fs.readFileSync(path.resolve(import.meta.dirname, '../../../data/geo/checks/kinmen.json'), 'utf8')),
);
const truth = check.taiwanWgs84.geometry.coordinates;
const before = alignment(check.fujianGcj02.geometry.coordinates, truth);
const after = alignment(check.fujianWgs84.geometry.coordinates, truth);

describe('datum: GCJ-02 → WGS84 moves Fujian’s 金门 onto Taiwan’s survey', () => {
  it('finds the published (GCJ-02) outline offset by about half a kilometre to the south-east', () => {
    console.log(
      `大金門 best-fit offset from Taiwan's survey: before ${before.shift.distance.toFixed(0)} m ` +
        `(${before.shift.east} E, ${before.shift.north} N), after ${after.shift.distance.toFixed(0)} m ` +
        `(${after.shift.east} E, ${after.shift.north} N); median distance before ≥ ${before.medianDistance.toFixed(0)} m, after ${after.medianDistance.toFixed(0)} m`,
    );
    expect(before.shift.distance).toBeGreaterThan(400);
    expect(before.shift.distance).toBeLessThan(900);
    expect(before.shift.east).toBeGreaterThan(0);
    expect(before.shift.north).toBeLessThan(0);
  });

  it('finds the converted outline within 150 m of the survey, a third of the offset or less', () => {
    expect(after.shift.distance).toBeLessThan(150);
    expect(after.shift.distance).toBeLessThan(before.shift.distance / 3);
    expect(after.medianDistance).toBeLessThan(before.medianDistance);
  });

  it('has the converted outline equal to gcoord’s conversion of the published one, vertex by vertex', () => {
    const gcj = check.fujianGcj02.geometry.coordinates[0]!;
    const wgs = check.fujianWgs84.geometry.coordinates[0]!;
    expect(wgs).toHaveLength(gcj.length);
    for (let i = 0; i < gcj.length; i += 17) {
      const [lng, lat] = gcj02ToWgs84(gcj[i]!);
      expect(wgs[i]![0]).toBeCloseTo(lng!, 5);
      expect(wgs[i]![1]).toBeCloseTo(lat!, 5);
    }
  });
});
