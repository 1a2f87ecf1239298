import { isEmptyGeometry, type CountyUnit } from './unit.ts';

/** What is wrong with a set of counties before it is built: missing fields, empty geometries, duplicate ids. */
export function countyProblems(counties: readonly CountyUnit[]): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  for (const c of counties) {
    for (const key of ['id', 'name', 'prefecture', 'prefectureId', 'province', 'provinceId'] as const) {
      if (!c[key]) problems.push(`${c.source} › "${c.name}" has no ${key}`);
    }
    if (isEmptyGeometry(c.geometry)) problems.push(`${c.source} › "${c.name}" (${c.id}) has an empty geometry`);
    const other = seen.get(c.id);
    if (other) problems.push(`${c.source} › id ${c.id} of "${c.name}" is also used by ${other}`);
    seen.set(c.id, `${c.source} "${c.name}"`);
  }
  return problems;
}
