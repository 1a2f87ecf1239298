import type { GazetteerView, IndicatorRecord } from './schema';

/**
 * A figure one document states for a unit that is itself a pilot (the Yantai plan's “龙口市 …
 * 72%”, scoped 龙口市) is that pilot's figure too: it is added as a record of that pilot, with the
 * same source line, unless the pilot's own records already state that indicator, kind and year.
 * Scopes are matched to pilots by exact name, source name or alias, never by a guess.
 */
export function recordsOfScopedPilots(records: readonly IndicatorRecord[], gazetteer: GazetteerView): IndicatorRecord[] {
  const byName = new Map<string, GazetteerView['pilots'][number]>();
  for (const p of gazetteer.pilots) for (const name of [p.name.zh, ...p.sourceNames, ...p.aliases]) if (!byName.has(name)) byName.set(name, p);
  const key = (pilot: string, r: IndicatorRecord) => `${pilot}|${r.indicator}|${r.kind}|${r.year}`;
  const stated = new Set(records.filter((r) => r.scope === undefined).map((r) => key(r.pilot, r)));
  const added: IndicatorRecord[] = [];
  for (const r of records) {
    const target = r.scope === undefined ? undefined : byName.get(r.scope);
    if (!target || target.id === r.pilot || stated.has(key(target.id, r))) continue;
    const { scope: _scope, ...rest } = r;
    added.push({ ...rest, pilot: target.id, pilotName: target.name.zh });
    stated.add(key(target.id, r));
  }
  return added;
}
