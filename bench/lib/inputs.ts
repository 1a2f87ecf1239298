// The hostile and heavy inputs of the main-thread budget (issue 17): a GBK CSV of every county, a
// 200,000-vertex GeoJSON polygon and a point, a postMessage with 100,000 keys, and a layout spec
// with 10,000 errors. Pure: each is built from the app's own data.
import type { FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';

/** GBK bytes of a string (WHATWG's GBK is GB18030's two-byte part), from the platform's decoder: no encoder library needed. */
export function encodeGbk(text: string): Buffer {
  const table = new Map<string, number>();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(Uint8Array.of(lead, trail));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code < 0x80) out.push(code);
    else {
      const pair = table.get(ch);
      if (pair === undefined) throw new Error(`"${ch}" has no GBK code`);
      out.push(pair >> 8, pair & 0xff);
    }
  }
  return Buffer.from(out);
}

/** A CSV of every county of the topology (name, value), as Excel on Chinese Windows saves it: GBK, CRLF. */
export function countyCsvGbk(topo: Topology): { buffer: Buffer; rows: number } {
  const counties = feature(topo, topo.objects.counties!) as FeatureCollection;
  const lines = ['名称,数值'];
  counties.features.forEach((f, i) => {
    const name = String(f.properties?.name ?? '');
    // A county name with a character outside GBK (a GB18030 four-byte one) cannot be in a GBK file: left out.
    try {
      encodeGbk(name);
      lines.push(`${name},${((i * 37) % 900) / 10 + 5}`);
    } catch {}
  });
  return { buffer: encodeGbk(`${lines.join('\r\n')}\r\n`), rows: lines.length - 1 };
}

/** A GeoJSON of one polygon with `n` vertices (a circle of 5° round 110°E 30°N) and one point, each with a value. */
export function bigPolygonGeoJson(n = 200_000): string {
  const ring = Array.from({ length: n }, (_, i) => [110 + 5 * Math.cos((2 * Math.PI * i) / n), 30 + 5 * Math.sin((2 * Math.PI * i) / n)]);
  ring.push(ring[0]!);
  return JSON.stringify({
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { name: 'big', value: 1 }, geometry: { type: 'Polygon', coordinates: [ring] } },
      { type: 'Feature', properties: { name: 'pt', value: 2 }, geometry: { type: 'Point', coordinates: [116, 40] } },
    ],
  });
}

/** The editor's spec text with its elements replaced by `n` nodes at unknown places: n errors. */
export function specWithErrors(spec: string, n = 10_000): string {
  const many = JSON.parse(spec) as { parts: { elements: unknown[] }[] };
  many.parts = [{ ...many.parts[0]!, elements: Array.from({ length: n }, (_, i) => ({ kind: 'node', label: `点${i}`, at: { place: `无名镇${i}` } })) }];
  return JSON.stringify(many, null, 2);
}
