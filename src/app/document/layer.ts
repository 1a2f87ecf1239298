/**
 * A document's units as pilots of the atlas's data: each matched unit drawn on its boundary (or on
 * the pilot it was matched to), its records and formulas citing the document, and taken out again.
 */
import type { AtlasData } from '../atlas-data.ts';
import type { PilotFeature } from '../../core/schema/pilots.ts';
import type { Formula, IndicatorRecord, SourceRef } from '../../core/schema/indicators.ts';
import { unitKey, type Unit } from '../../core/user-match.ts';
import type { ChinaLayers } from '../../core/china-topology.ts';
import { boundaryIndex } from '../../core/document/match-units.ts';
import type { Labelled } from '../../core/label-points.ts';
import { t } from '../i18n.ts';
import type { StoredDocument } from './store.ts';

const LEVEL_OF_UNIT = (u: Unit): string =>
  u.level === 'provinces' ? 'province' : u.level === 'prefectures' ? (u.name.endsWith('自治州') ? 'autonomous_prefecture' : 'prefecture_city') : u.name.endsWith('区') ? 'district' : u.name.endsWith('旗') ? 'banner' : u.name.endsWith('市') ? 'county_city' : 'county';

/** The pilots, records and formulas a document adds to the atlas's data, for the choices made. */
export function layerOf(doc: StoredDocument, china: ChinaLayers, data: AtlasData): { features: PilotFeature[]; records: IndicatorRecord[]; formulas: Formula[]; pilotOf: Map<string, string> } {
  const { features: byKey, index } = boundaryIndex(china);
  const units = new Map(index.units.map((u) => [unitKey(u), u]));
  const features: PilotFeature[] = [];
  const pilotOf = new Map<string, string>();
  doc.extract.units.forEach((u, k) => {
    const choice = doc.choices[k];
    if (!choice) return;
    const id = `${doc.id}-${k + 1}`;
    const note = (unitName: string) => ({ zh: t('zh', 'mineExtentNote', { name: doc.name, unit: unitName }), en: t('en', 'mineExtentNote', { name: doc.name, unit: unitName }) });
    if (choice.kind === 'pilot') {
      const pilot = data.pilotById(choice.id);
      if (!pilot) return;
      const p = pilot.properties;
      features.push({ type: 'Feature', geometry: pilot.geometry, properties: { ...p, id, name: `${p.name}${t('zh', 'mineSuffix')}`, nameEn: `${p.nameEn}${t('en', 'mineSuffix')}`, extentNote: note(p.name) } });
    } else {
      const f = byKey.get(choice.key);
      const unit = units.get(choice.key);
      if (!f || !unit) return;
      const label = (f.properties as Labelled | null)?.label;
      features.push({
        type: 'Feature',
        geometry: f.geometry,
        properties: {
          id,
          name: `${unit.name}${t('zh', 'mineSuffix')}`,
          nameEn: `${unit.name}${t('en', 'mineSuffix')}`,
          province: unit.level === 'provinces' ? unit.name : (unit.province ?? ''),
          level: LEVEL_OF_UNIT(unit),
          approximate: false,
          extent: 'boundary',
          extentNote: note(choice.label),
          // The label point the build computed for the unit, so that the page need not compute it.
          ...(label ? { label: [label[0], label[1]] as [number, number] } : {}),
        },
      });
    }
    pilotOf.set(u.pilot, id);
  });
  const cite = (source: SourceRef): SourceRef => ({ ...source, doc: doc.id });
  const records = doc.extract.records.flatMap((r) => {
    const pilot = pilotOf.get(r.pilot);
    return pilot ? [{ ...r, pilot, source: cite(r.source) }] : [];
  });
  const formulas = doc.extract.formulas.flatMap((f) => {
    const pilot = pilotOf.get(f.pilot);
    return pilot ? [{ ...f, pilot, source: cite(f.source) }] : [];
  });
  return { features, records, formulas, pilotOf };
}

/** Takes a document's pilots, records and formulas out of the data, in place (the page's parts hold these arrays). */
export function withdraw(data: AtlasData, id: string): void {
  const mine = (pilot: string) => pilot.startsWith(`${id}-`);
  const keep = <T>(list: T[], drop: (x: T) => boolean) => {
    const kept = list.filter((x) => !drop(x));
    list.splice(0, list.length, ...kept);
  };
  keep(data.pilots.features, (f) => mine(f.properties.id));
  keep(data.records, (r) => r.source.doc === id);
  keep(data.formulas, (f) => f.source.doc === id);
}


/** The box around features' coordinates, [west, south, east, north]; null when they have none. */
export function boundsOf(features: readonly PilotFeature[]): [number, number, number, number] | null {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const extend = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      box[0] = Math.min(box[0], x);
      box[1] = Math.min(box[1], y);
      box[2] = Math.max(box[2], x);
      box[3] = Math.max(box[3], y);
    } else for (const d of c) extend(d);
  };
  for (const f of features) extend(f.geometry.coordinates);
  return Number.isFinite(box[0]) ? box : null;
}
