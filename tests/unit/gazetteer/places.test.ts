import { describe, expect, it } from 'vitest';
import { validateGazetteer, type Place } from '../../../src/core/schema/gazetteer';
import { GAZETTEER_FILE, distanceKm, docText, manifest, rawGazetteer } from './corpus';

const g = validateGazetteer(rawGazetteer(), GAZETTEER_FILE);
const CHANGLE = '350182';
const changleSeat = manifest.documents.find((d) => d.id === 'changle')!.seat!.at;
const names = (q: Place) => [q.name.zh, ...q.aliases];
/** Places inside Changle called `name`, by their name or an alias. */
const inChangle = (name: string) => g.places.filter((q) => q.parentAdcode === CHANGLE && names(q).includes(name));

/** The six groups of the Changle plan's “三城三群” sentence, read from the text. */
function sanchengSanqun(): string[] {
  const line = docText('changle').split('\n').find((l) => l.includes('等“三城三群”重要组团'));
  const list = line?.match(/重点推进(.+?)等“三城三群”/)?.[1];
  if (!list) throw new Error('the “三城三群” sentence is not in the Changle plan any more');
  return list.split(/、|和/);
}

// The towns and streets of 长乐 (2016) that the “三城三群” groups are built from.
const CHANGLE_TOWNS = [
  '营前', '航城', '吴航', '漳港', '湖南', '文武砂', '松下', '江田',
  '金峰', '潭头', '梅花', '文岭', '古槐', '鹤上', '首占', '玉田', '罗联', '猴屿',
];

describe('Changle places', () => {
  it('reads six groups from the “三城三群” sentence of the Changle plan', () => {
    expect(sanchengSanqun()).toEqual(['临江城', '临空城', '海港城', '闽江口南岸城镇群', '东北部城镇群', '西部城镇群']);
  });

  it.each(sanchengSanqun())('has the group %s as a place within 30 km of Changle’s seat', (name) => {
    const found = inChangle(name);
    expect(found).toHaveLength(1);
    expect(found[0]!.docs).toContain('changle');
    expect(distanceKm(found[0]!.at, changleSeat)).toBeLessThan(30);
  });

  it.each(CHANGLE_TOWNS)('has the town or street %s within 30 km of Changle’s seat', (name) => {
    const found = inChangle(name);
    expect(found).toHaveLength(1);
    expect(['town', 'street']).toContain(found[0]!.kind);
    expect(distanceKm(found[0]!.at, changleSeat)).toBeLessThan(30);
  });

  it('has the airport, the port and the river mouth the plan names', () => {
    for (const name of ['长乐国际机场', '松下港', '闽江口']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });
});

describe('Yantai and Fuzhou places', () => {
  it('has the six county cities of the “六圈” and 长岛, each with its 2016 id', () => {
    const code = (name: string) => g.places.find((q) => q.parentAdcode === '370600' && names(q).includes(name))?.adcode;
    expect(['龙口', '招远', '莱州', '栖霞', '莱阳', '海阳', '长岛'].map(code)).toEqual(
      ['370681', '370685', '370683', '370686', '370682', '370687', '370634'],
    );
  });

  it('has the central-city districts and the outside cities the belts link to', () => {
    for (const name of ['芝罘区', '莱山区', '福山区', '牟平区', '蓬莱市', '烟台开发区', '烟台高新区', '即墨', '乳山', '莱西']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });

  it('has the Fuzhou plan’s science city, university town and Fuqing', () => {
    for (const name of ['东南科学城', '大学城', '福清']) {
      expect(g.places.filter((q) => names(q).includes(name)), name).toHaveLength(1);
    }
  });
});

describe('every place', () => {
  it.each(g.places.map((q) => [q.id, q] as const))('%s is named by each document it cites', (_id, q) => {
    const ids = new Set(manifest.documents.map((d) => d.id));
    const forms = names(q).flatMap((n) => [n, n.replace(/(街道|新城|镇|乡|区|县|市)$/, '')]).filter((n) => n.length >= 2);
    for (const doc of q.docs) {
      expect(ids.has(doc), `unknown doc ${doc}`).toBe(true);
      expect(forms.some((n) => docText(doc).includes(n)), `${doc} does not name ${q.name.zh}`).toBe(true);
    }
  });

  it('that no document names says in its source why it is listed', () => {
    for (const q of g.places.filter((p) => p.docs.length === 0)) expect(q.source, q.id).toMatch(/not named in/);
  });

  it('claims seat precision only for county-level units', () => {
    for (const q of g.places.filter((p) => p.precision === 'seat')) expect(q.adcode, q.id).toBeDefined();
  });
});
