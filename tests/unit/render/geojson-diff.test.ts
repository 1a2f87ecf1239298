import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PilotsFileSchema } from '../../../src/core/schema/pilots.ts';
import { splitPilots } from '../../../src/render/pilots-style.ts';
import { featureDiff } from '../../../src/render/geojson-diff.ts';

// The shipped pilots as the map's sources hold them, and after a change of measure and a person's unit added.
const pilots = PilotsFileSchema.parse(JSON.parse(readFileSync('public/data/pilots.geojson', 'utf8')));
const ids = pilots.features.map((f) => f.properties.id);

describe('the diff a keyed GeoJSON source is given instead of its whole collection', () => {
  it('is the unit added, the unit removed and the colours that changed, never the coordinates of the others', () => {
    const before = splitPilots(pilots, (id) => (ids.indexOf(id) % 2 ? '#111111' : '#222222'));
    const fangshan = pilots.features.find((f) => f.properties.id === 'beijing-fangshan')!;
    const mine = { ...fangshan, properties: { ...fangshan.properties, id: 'mine-1-1', name: '房山区（我的文档）' } };
    const gone = ids.find((id) => before.areas.features.some((f) => f.properties.id === id) && id !== 'beijing-fangshan')!;
    const after = splitPilots({ ...pilots, features: [...pilots.features.filter((f) => f.properties.id !== gone), mine] }, (id) => (id === 'beijing-fangshan' ? '#333333' : ids.indexOf(id) % 2 ? '#111111' : '#222222'));
    const diff = featureDiff(before.areas.features, after.areas.features, 'id')!;
    expect(diff.remove).toEqual([gone]);
    expect(diff.add!.map((f) => f.properties!.id)).toEqual(['mine-1-1']);
    expect(diff.update).toEqual([{ id: 'beijing-fangshan', addOrUpdateProperties: [{ key: 'colour', value: '#333333' }] }]);
    // Markers are made anew each time: the same points are not sent again.
    expect(featureDiff(before.markers.features, splitPilots(pilots, (id) => (ids.indexOf(id) % 2 ? '#111111' : '#222222')).markers.features, 'id')).toEqual({});
  });

  it('is none (the whole collection is sent) when a kept feature has another geometry, or the keys are not unique', () => {
    const { areas } = splitPilots(pilots);
    const [first, ...rest] = areas.features;
    expect(featureDiff(areas.features, [{ ...first!, geometry: { ...first!.geometry } }, ...rest], 'id')).toBeNull();
    expect(featureDiff(areas.features, [first!, first!], 'id')).toBeNull();
    expect(featureDiff([{ type: 'Feature', geometry: null, properties: {} }], [], 'id')).toBeNull();
  });
});
