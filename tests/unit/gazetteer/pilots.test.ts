import { describe, expect, it } from 'vitest';
import { validateGazetteer } from '../../../src/core/schema/gazetteer';
import { GAZETTEER_FILE, batchHeadingNames, batchTocNames, docText, manifest, rawGazetteer } from './corpus';

const g = validateGazetteer(rawGazetteer(), GAZETTEER_FILE);
const byId = (id: string) => g.pilots.find((p) => p.id === id);
const resolve = (name: string) => g.pilots.filter((p) => p.sourceNames.includes(name));

describe('the batch document', () => {
  it('lists 59 pilots in its table of contents, the same as its section headings', () => {
    const toc = batchTocNames();
    expect(toc).toHaveLength(59);
    expect(batchHeadingNames()).toEqual(toc);
  });
});

describe('gazetteer pilots', () => {
  it.each(batchTocNames())('resolves the batch heading %s to exactly one pilot', (name) => {
    const found = resolve(name);
    expect(found.map((p) => p.id)).toHaveLength(1);
    expect(found[0]!.docs).toContain('batch2');
    expect(name.startsWith(found[0]!.province.zh)).toBe(true);
  });

  it('holds 63 pilots: the 59 of the batch plus Changle, Minhou, Yantai and Fuzhou', () => {
    expect(g.pilots).toHaveLength(63);
    expect(g.pilots.filter((p) => p.docs.includes('batch2'))).toHaveLength(59);
    for (const id of ['changle', 'minhou', 'yantai', 'fuzhou']) expect(byId(id)?.docs).toContain(id);
  });

  it('resolves each of the four other plans by the name it uses for itself', () => {
    expect(resolve('长乐市').map((p) => p.adcodes)).toEqual([['350182']]);
    expect(resolve('闽侯县').map((p) => p.adcodes)).toEqual([['350121']]);
    expect(resolve('烟台市').map((p) => p.adcodes)).toEqual([['370600']]);
    expect(resolve('福州市').map((p) => p.adcodes)).toEqual([['350100']]);
  });

  it('gives the joint 津市市—澧县 pilot both counties', () => {
    const joint = g.pilots.filter((p) => p.level === 'joint');
    expect(joint.map((p) => p.id)).toEqual(['hunan-jinshi-lixian']);
    expect(joint[0]!.adcodes).toEqual(['430781', '430723']);
  });

  it('keys renamed units by the 2016 boundary ids and records today’s names', () => {
    const alias = (id: string, name: string) => byId(id)?.aliases.find((a) => a.name === name);
    expect(byId('shandong-zhangqiu')?.adcodes).toEqual(['370181']);
    expect(alias('shandong-zhangqiu', '章丘区')?.adcodeCurrent).toBe('370114');
    expect(byId('guangxi-pingguo')?.adcodes).toEqual(['451023']);
    expect(alias('guangxi-pingguo', '平果市')?.adcodeCurrent).toBe('451082');
    expect(byId('changle')?.adcodes).toEqual(['350182']);
    expect(alias('changle', '长乐区')?.adcodeCurrent).toBe('350112');
    expect(alias('guizhou-zunyixian', '播州区')).toBeDefined();
  });

  it('draws every town as a point in its county and no polygon', () => {
    const towns = g.pilots.filter((p) => p.level === 'town');
    expect(towns.length).toBeGreaterThan(0);
    for (const t of towns) {
      expect(t.adcodes, t.id).toEqual([]);
      expect(t.point?.parentAdcode, t.id).toMatch(/^\d{6}$/);
    }
  });

  it('gives new areas and zones a point and approximate adcodes', () => {
    const areas = g.pilots.filter((p) => p.level === 'new_area' || p.level === 'dev_zone');
    expect(areas.map((p) => p.id).sort()).toEqual(
      ['guizhou-guian', 'jiangxi-nanchang-gaoxin', 'shaanxi-xixian', 'shanghai-pudong-lingang'],
    );
    for (const a of areas) {
      expect(a.adcodesApproximate, a.id).toBe(true);
      expect(a.point, a.id).toBeDefined();
    }
  });

  it('cites only documents of the manifest, each of which names the pilot', () => {
    const ids = new Set(manifest.documents.map((d) => d.id));
    for (const p of g.pilots) {
      for (const doc of p.docs) {
        expect(ids.has(doc), `${p.id} cites unknown doc ${doc}`).toBe(true);
        const text = docText(doc);
        const names = [...p.sourceNames, ...p.aliases.map((a) => a.name)];
        expect(names.some((n) => text.includes(n)), `${doc} does not name ${p.id}`).toBe(true);
      }
    }
  });

  it('uses ids that are stable lowercase slugs, unique across pilots', () => {
    const ids = g.pilots.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
