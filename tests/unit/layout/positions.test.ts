// Where each element's points come from, as the detail card says it: counted from the gazetteer's
// precision of the element's places, and true to what the gazetteer says of them (general knowledge).
import { describe, expect, test } from 'vitest';
import { elementPositions } from '../../../pipeline/layouts.ts';
import { LayoutSchema, type Layout, type PlaceRef } from '../../../src/core/layout/index.ts';
import { ctx, gazetteer, specs } from './fixtures.ts';

const layouts = specs().map(({ spec }) => LayoutSchema.parse(spec));
const element = (layout: string, label: string) => {
  const l = layouts.find((x) => x.id === layout)!;
  return l.parts.flatMap((p) => p.elements).find((e) => (typeof e.label === 'string' ? e.label : e.label.zh) === label)!;
};

describe('element positions', () => {
  test('counts an element’s places by the gazetteer’s precision', () => {
    // 长乐 临空城: the airport, 漳港, 鹤上, 文武砂, 金峰: five rough positions.
    expect(elementPositions(element('changle', '临空城'), ctx)).toEqual({ approx: 5 });
    // 烟台's north-coast belt runs through seven county seats.
    expect(elementPositions(element('yantai', '北部沿海城镇化综合发展带'), ctx)).toEqual({ seat: 7 });
    // 台州's links start at a point inside 椒江区 (no seat in the gazetteer) and end at a seat.
    expect(elementPositions(element('taizhou', '市区—温岭同城'), ctx)).toEqual({ seat: 1, anchor: 1 });
    // 孝义's group is five units given by boundary id, drawn at points inside them.
    expect(elementPositions(element('xiaoyi', '孝汾平介灵城镇组群'), ctx)).toEqual({ anchor: 5 });
  });

  test('a core or zone drawn from boundary polygons has no points to speak of', () => {
    expect(elementPositions(element('yantai', '烟台中心城区'), ctx)).toBeUndefined();
    expect(elementPositions(element('taizhou', '温岭'), ctx)).toBeUndefined();
    // With a radius, the same county-level place is drawn around its seat: counted.
    expect(elementPositions(element('chengdu', '温江'), ctx)).toEqual({ seat: 1 });
  });

  test('every place a shipped plan uses is positioned from general knowledge, as the card says', () => {
    const refs = (l: Layout): PlaceRef[] =>
      l.parts.flatMap((p) =>
        p.elements.flatMap((e) =>
          'area' in e ? e.area : 'through' in e ? e.through : 'members' in e ? e.members : 'center' in e ? [e.center] : 'at' in e ? [e.at] : [e.from, e.to],
        ),
      );
    const used = new Set(
      layouts.flatMap(refs).flatMap((r) => {
        const hit = 'at' in r ? undefined : ctx.places('place' in r ? r.place : r.adcode);
        return hit && !Array.isArray(hit) ? [(hit as { id?: string }).id!] : [];
      }),
    );
    expect(used.size).toBeGreaterThan(100);
    for (const id of used) {
      const place = gazetteer.places.find((p) => p.id === id)!;
      // A place positioned from a text or a survey would need the card to say so: “据一般知识” would be wrong.
      expect(place.positionFrom, id).toMatch(/general knowledge/);
    }
  });
});
