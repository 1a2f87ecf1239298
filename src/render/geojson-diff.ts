/**
 * What changed between the features a GeoJSON source was last given and the ones it should show,
 * as MapLibre's `updateData` diff: the features removed and added, and for the others only the
 * properties that changed. Sending the diff instead of the whole collection spares the page from
 * copying every feature's coordinates for the map's worker (the pilots' areas with a person's
 * document's units: ~100 ms of a task in MapLibre's serialisation, where the diff of a new document
 * is its own units and the other pilots' new colours). Pure.
 */
import type { GeoJSONSourceDiff } from 'maplibre-gl';

type Feature = GeoJSON.Feature<GeoJSON.Geometry | null, Record<string, unknown> | null>;

/** The same geometry: the same object, or points at the same place (markers and labels are made anew each time). */
const sameGeometry = (a: GeoJSON.Geometry | null, b: GeoJSON.Geometry | null): boolean =>
  a === b || (a?.type === 'Point' && b?.type === 'Point' && a.coordinates[0] === b.coordinates[0] && a.coordinates[1] === b.coordinates[1]);

/**
 * The diff from `before` to `after` for a source whose features are keyed by the property `key`
 * (its `promoteId`), or null when it cannot be one: a feature without a key or two with the same,
 * or a kept feature with another geometry object (the whole collection is then sent).
 */
export function featureDiff(before: readonly Feature[], after: readonly Feature[], key: string): GeoJSONSourceDiff | null {
  const idOf = (f: Feature) => f.properties?.[key];
  const old = new Map<unknown, Feature>();
  for (const f of before) {
    const id = idOf(f);
    if ((typeof id !== 'string' && typeof id !== 'number') || old.has(id)) return null;
    old.set(id, f);
  }
  const seen = new Set<unknown>();
  const add: Feature[] = [];
  const update: NonNullable<GeoJSONSourceDiff['update']> = [];
  for (const f of after) {
    const id = idOf(f);
    if ((typeof id !== 'string' && typeof id !== 'number') || seen.has(id)) return null;
    seen.add(id);
    const was = old.get(id);
    if (!was) {
      add.push(f);
      continue;
    }
    if (!sameGeometry(was.geometry, f.geometry)) return null;
    const a = was.properties ?? {};
    const b = f.properties ?? {};
    const changed = Object.keys(b).filter((k) => a[k] !== b[k] && JSON.stringify(a[k]) !== JSON.stringify(b[k]));
    const removed = Object.keys(a).filter((k) => !(k in b));
    if (changed.length > 0 || removed.length > 0)
      update.push({ id, ...(removed.length > 0 ? { removeProperties: removed } : {}), ...(changed.length > 0 ? { addOrUpdateProperties: changed.map((k) => ({ key: k, value: b[k] })) } : {}) });
  }
  const remove = [...old.keys()].filter((id) => !seen.has(id)) as (string | number)[];
  return { ...(remove.length > 0 ? { remove } : {}), ...(add.length > 0 ? { add: add as GeoJSON.Feature[] } : {}), ...(update.length > 0 ? { update } : {}) };
}
