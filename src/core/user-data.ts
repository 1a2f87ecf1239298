import { csvParseRows } from 'd3-dsv';

/** One figure of a user's file: what it names (an adcode or a name) and its value. */
export interface UserRow {
  key: string;
  value: number;
  /** 1-based line in the file (CSV) or feature index (GeoJSON). */
  line: number;
}

export interface UserFile {
  name: string;
  kind: 'csv' | 'geojson';
  /** The column or property that held the value. */
  valueField: string;
  rows: UserRow[];
  /** GeoJSON files bring their own geometry (features with a numeric `value`). */
  geojson?: GeoJSON.FeatureCollection;
  /** Lines that were skipped, each naming the line and why. */
  skipped: string[];
}

const KEY_FIELDS = ['adcode', 'code', 'id', 'name', 'pilot', '名称', '地区', '行政区划代码', '代码', '试点'];
const MAX_BYTES = 20 * 1024 * 1024;

const numeric = (raw: unknown): number | null => {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  const n = Number(raw.replace(/[,，\s%]/g, ''));
  return raw.trim() !== '' && Number.isFinite(n) ? n : null;
};

/** Parses a CSV of (adcode or name, value). Throws naming the file and what is wrong. */
function parseCsv(name: string, text: string): UserFile {
  // csvParseRows, not csvParse: the latter compiles a row converter with new Function, which the CSP forbids.
  const [header = [], ...body] = csvParseRows(text.replace(/^\uFEFF/, ''));
  const columns = header.map((c) => c.trim());
  const table = body.map((cells) => Object.fromEntries(columns.map((c, i) => [c, cells[i] ?? ''])) as Record<string, string>);
  if (columns.length < 2) throw new Error(`${name} › line 1 › needs a header with a name or adcode column and a value column`);
  const key = columns.find((c) => KEY_FIELDS.includes(c.trim().toLowerCase())) ?? columns[0]!;
  const valueField =
    columns.find((c) => c !== key && /^(value|数值|值)$/i.test(c.trim())) ?? columns.find((c) => c !== key && table.some((r) => numeric(r[c]) !== null));
  if (!valueField) throw new Error(`${name} › line 1 › no column holds numbers (columns: ${columns.join(', ')})`);
  const rows: UserRow[] = [];
  const skipped: string[] = [];
  table.forEach((r, i) => {
    const line = i + 2;
    const k = (r[key] ?? '').trim();
    const v = numeric(r[valueField]);
    if (!k) skipped.push(`${name} › line ${line} › empty ${key}`);
    else if (v === null) skipped.push(`${name} › line ${line} › ${valueField} "${String(r[valueField] ?? '').slice(0, 30)}" is not a number`);
    else rows.push({ key: k, value: v, line });
  });
  if (rows.length === 0) throw new Error(`${name} › no row has both a ${key} and a number in ${valueField}`);
  return { name, kind: 'csv', valueField, rows, skipped };
}

/** Parses a GeoJSON FeatureCollection whose features carry a name or adcode and a number. */
function parseGeoJson(name: string, text: string): UserFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new Error(`${name} › not valid JSON (${(error as Error).message})`);
  }
  const fc = json as Partial<GeoJSON.FeatureCollection> | null;
  if (!fc || fc.type !== 'FeatureCollection' || !Array.isArray(fc.features)) throw new Error(`${name} › (root) › not a GeoJSON FeatureCollection`);
  const first = fc.features.find((f) => f && typeof f === 'object' && f.properties);
  const props = Object.keys(first?.properties ?? {});
  const key = props.find((p) => KEY_FIELDS.includes(p.toLowerCase())) ?? props[0];
  const valueField = props.find((p) => p !== key && /^(value|数值|值)$/i.test(p)) ?? props.find((p) => p !== key && numeric(first!.properties![p]) !== null);
  if (!key || !valueField) throw new Error(`${name} › features[0].properties › needs a name or adcode and a numeric property`);
  const rows: UserRow[] = [];
  const skipped: string[] = [];
  const features: GeoJSON.Feature[] = [];
  fc.features.forEach((f, i) => {
    const v = numeric(f?.properties?.[valueField]);
    const k = String(f?.properties?.[key] ?? '').trim();
    const g = f?.geometry as GeoJSON.Geometry | null | undefined;
    if (v === null) skipped.push(`${name} › features[${i}].properties.${valueField} › not a number`);
    else if (g && !['Polygon', 'MultiPolygon', 'Point', 'MultiPoint'].includes(g.type)) skipped.push(`${name} › features[${i}].geometry › ${String(g.type)} is not drawn`);
    else {
      rows.push({ key: k, value: v, line: i });
      if (g) features.push({ type: 'Feature', properties: { key: k, value: v }, geometry: g });
    }
  });
  if (rows.length === 0) throw new Error(`${name} › no feature has a number in ${valueField}`);
  return { name, kind: 'geojson', valueField, rows, skipped, ...(features.length > 0 ? { geojson: { type: 'FeatureCollection', features } } : {}) };
}

/**
 * Reads a file a user dropped: a CSV of (adcode or name, value) or a GeoJSON with values. The
 * content decides, not the file name; anything else is an error naming the file. Pure: the bytes
 * never leave the page.
 */
export function parseUserFile(name: string, text: string): UserFile {
  if (text.length > MAX_BYTES) throw new Error(`${name} › larger than 20 MB`);
  if (text.includes('\u0000')) throw new Error(`${name} › a binary file, not CSV or GeoJSON`);
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return parseGeoJson(name, head);
  if (/\.(geo)?json$/i.test(name)) throw new Error(`${name} › named as JSON but does not start with { or [`);
  return parseCsv(name, text);
}

export interface Unit {
  id: string;
  name: string;
  province?: string;
}

export interface Matched {
  /** Unit id → value. */
  values: Map<string, number>;
  /** Keys that named no unit, or more than one. */
  unmatched: { key: string; line: number; reason: 'unknown' | 'ambiguous' }[];
}

const bare = (s: string) => s.replace(/\s+/g, '').replace(/(特别行政区|自治区|自治州|自治县|维吾尔|壮族|回族|省|市|县|区|旗|镇)$/u, '');

/**
 * Joins rows to units (counties, prefectures, provinces, pilots) by id, then exact name, then the
 * name without its suffix; a name shared by several units is reported as ambiguous, never guessed.
 */
export function matchRows(rows: readonly UserRow[], units: readonly Unit[]): Matched {
  const byId = new Map(units.map((u) => [u.id, u]));
  const byName = new Map<string, Unit[]>();
  const byBare = new Map<string, Unit[]>();
  for (const u of units) {
    byName.set(u.name, [...(byName.get(u.name) ?? []), u]);
    byBare.set(bare(u.name), [...(byBare.get(bare(u.name)) ?? []), u]);
  }
  const values = new Map<string, number>();
  const unmatched: Matched['unmatched'] = [];
  for (const row of rows) {
    const direct = byId.get(row.key);
    const candidates = direct ? [direct] : (byName.get(row.key) ?? byBare.get(bare(row.key)) ?? []);
    if (candidates.length === 1) values.set(candidates[0]!.id, row.value);
    else unmatched.push({ key: row.key, line: row.line, reason: candidates.length === 0 ? 'unknown' : 'ambiguous' });
  }
  return { values, unmatched };
}
