import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ChinaLayers } from './china-topology.ts';
import { LEVELS, unitKey, type Unit } from './unit-names.ts';
import { UnitIndex } from './user-match.ts';

/**
 * China's provinces, prefectures and counties as units to join names to (id, name, level and the
 * province and prefecture they lie in), with each unit's feature under its key (unitKey). Pure.
 */
function boundaryUnits(china: ChinaLayers): { units: Unit[]; features: Map<string, Feature<Polygon | MultiPolygon>> } {
  const units: Unit[] = [];
  const features = new Map<string, Feature<Polygon | MultiPolygon>>();
  for (const level of LEVELS) {
    for (const f of china[level].features) {
      const p = f.properties as { id: string; name: string; province?: string; prefecture?: string };
      const unit: Unit = { id: p.id, name: p.name, level, ...(p.province ? { province: p.province } : {}), ...(p.prefecture ? { prefecture: p.prefecture } : {}) };
      units.push(unit);
      features.set(unitKey(unit), f as Feature<Polygon | MultiPolygon>);
    }
  }
  return { units, features };
}

/** The boundaries' units indexed for matching, and each one's feature. */
const built = new WeakMap<ChinaLayers, { index: UnitIndex; features: Map<string, Feature<Polygon | MultiPolygon>> }>();
export function boundaryIndex(china: ChinaLayers): { index: UnitIndex; features: Map<string, Feature<Polygon | MultiPolygon>> } {
  const cached = built.get(china);
  if (cached) return cached;
  const { units, features } = boundaryUnits(china);
  const entry = { index: new UnitIndex(units), features };
  built.set(china, entry);
  return entry;
}

/** The same index as boundaryIndex, built a few hundred units at a time with `pause` between (the page's main thread stays free). */
export async function boundaryIndexInSteps(china: ChinaLayers, pause: () => Promise<void>): Promise<void> {
  if (built.has(china)) return;
  const { units, features } = boundaryUnits(china);
  const index = new UnitIndex(units, false);
  for (let from = 0; from < units.length; from += 500) {
    await pause();
    index.indexUnits(from, Math.min(units.length, from + 500));
  }
  if (!built.has(china)) built.set(china, { index, features });
}
