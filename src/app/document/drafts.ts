/** Draft layout specs of a document's spatial formulas, placed on the counties their members name. */
import { unitKey, type Unit } from '../../core/user-match.ts';
import type { ChinaLayers } from '../../core/china-topology.ts';
import { boundaryIndex } from '../../core/document/match-units.ts';
import { draftSpec, type DraftSpec } from '../../core/document/draft-spec.ts';
import type { StoredDocument } from './store.ts';

/** Draft specs of the document's formulas, on the units its members name (within its own province). */
export function drafts(doc: StoredDocument, china: ChinaLayers, pilotOf: Map<string, string>): (DraftSpec | null)[] {
  const { index } = boundaryIndex(china);
  const unitOf = new Map<string, Unit>();
  for (const u of index.units) if (!unitOf.has(unitKey(u))) unitOf.set(unitKey(u), u);
  return doc.extract.formulas.map((f, i) => {
    const unitIndex = doc.extract.units.findIndex((u) => u.pilot === f.pilot);
    const choice = doc.choices[unitIndex];
    const homeUnit = choice?.kind === 'unit' ? unitOf.get(choice.key) : undefined;
    const province = homeUnit ? (homeUnit.level === 'provinces' ? homeUnit.name : homeUnit.province) : undefined;
    const prefecture = homeUnit?.level === 'prefectures' ? homeUnit.name : homeUnit?.prefecture;
    const resolve = (member: string) => {
      const counties = index.candidates(member).filter((u) => u.level === 'counties');
      const near = counties.filter((u) => u.prefecture === prefecture);
      const inProvince = counties.filter((u) => u.province === province);
      const one = near.length === 1 ? near[0] : inProvince.length === 1 ? inProvince[0] : counties.length === 1 ? counties[0] : undefined;
      return one ? { adcode: one.id, name: one.name } : null;
    };
    // The spec names its pilot as the gazetteer does; a unit the gazetteer does not know keeps its local id (the editor says so).
    const unit = doc.extract.units[unitIndex];
    return draftSpec(f, `${doc.id}-formula-${i + 1}`, unit?.joined ? unit.pilot : (pilotOf.get(f.pilot) ?? doc.id), resolve);
  });
}
