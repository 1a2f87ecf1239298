import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parse, type ParseError } from 'jsonc-parser';
import { decodeUserBytes, type TextEncoding } from './user-decode.ts';
import { detectDelimiter, readRecords, type Delimiter } from './user-csv.ts';
import { checkGeometry, KINK_BUDGET, type GeometryFault } from './user-geometry.ts';

export { matchRows, unitKey, UnitIndex, LEVELS, type Level, type Matched, type Unit, type Unmatched } from './user-match.ts';

/** One figure of a person's file: what it names (an adcode or a name) and its value. */
export interface UserRow {
  key: string;
  value: number;
  /** 1-based line in the file where the row starts (CSV), or the feature's index (GeoJSON). */
  line: number;
}

/**
 * Something wrong with a file, or with one of its rows or features, and where: `line` (1-based,
 * the file's own line numbering) or `feature` (index in `features`). `args` fill the message.
 * The words are the app's (src/app/i18n.ts, key `userProblem_<code>`), in the reader's language.
 */
export interface Problem {
  code: ProblemCode;
  line?: number;
  feature?: number;
  args?: Record<string, string | number>;
}

export type ProblemCode =
  | 'tooLarge'
  | 'binary'
  | 'xlsx'
  | 'xls'
  | 'empty'
  | 'badJson'
  | 'notCollection'
  | 'jsonName'
  | 'oneColumn'
  | 'noNumbers'
  | 'noRows'
  | 'noFeatures'
  | 'emptyKey'
  | 'notNumber'
  | 'unclosedQuote'
  | 'noGeometry'
  | 'geomType'
  | 'geomPosition'
  | 'geomRange'
  | 'geomProjected'
  | 'geomRingShort'
  | 'geomRingOpen'
  | 'geomLineShort'
  | 'geomEmpty'
  | 'geomKinked'
  | 'geomKinkedAsIs'
  | 'unknown'
  | 'ambiguous'
  | 'duplicate'
  | 'noneMatched';

/** English words of each problem, for the Error message (the page shows the translated ones). */
const ENGLISH: Record<ProblemCode, string> = {
  tooLarge: 'larger than 20 MB',
  binary: 'a binary file, not CSV or GeoJSON',
  xlsx: 'an Excel workbook (.xlsx): save it as CSV first',
  xls: 'an Excel workbook (.xls): save it as CSV first',
  empty: 'the file is empty',
  badJson: 'not valid JSON ({detail})',
  notCollection: 'not a GeoJSON FeatureCollection',
  jsonName: 'named as JSON but does not start with { or [',
  oneColumn: 'needs a name or adcode column and a value column, separated by commas, tabs or semicolons (found one column: {columns})',
  noNumbers: 'no column holds numbers (columns: {columns})',
  noRows: 'no row has both a {key} and a number in {field}',
  noFeatures: 'no feature has both a valid geometry and a number in {field}',
  emptyKey: 'empty {key}',
  notNumber: '{field} "{raw}" is not a number',
  unclosedQuote: 'a quote opens here and never closes: read as a plain character',
  noGeometry: 'no geometry',
  geomType: '{type} is not drawn (only points, lines and polygons)',
  geomPosition: '{path} is not a [longitude, latitude] pair of numbers',
  geomRange: '{path} is outside longitude −180…180 / latitude −90…90',
  geomProjected: '{path} looks like projected metres, not longitude/latitude (WGS84)',
  geomRingShort: 'ring {path} has {count} positions; a ring needs at least 4',
  geomRingOpen: 'ring {path} is not closed (its last position must repeat its first)',
  geomLineShort: 'line {path} has fewer than 2 positions',
  geomEmpty: 'the geometry has no coordinates',
  geomKinked: 'the polygon crosses itself: drawn as {parts} parts split at the crossings',
  geomKinkedAsIs: 'the polygon crosses itself: drawn as it is',
  unknown: '"{key}" names no province, prefecture or county{suggestion}',
  ambiguous: '"{key}" could be {suggestion}: add the province or prefecture, or use the adcode',
  duplicate: '"{key}" was already given on line {first}: this one is left out',
  noneMatched: 'none of the {count} names matched a province, prefecture or county',
};

/** Fills `{name}` slots of a template from a problem's arguments. */
export const fillTemplate = (template: string, args: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => (k in args ? String(args[k]) : ''));

/** The problem in English, with its place: "line 3 › …" or "features[2] › …". */
export function problemEnglish(p: Problem): string {
  const place = p.line !== undefined ? `line ${p.line} › ` : p.feature !== undefined ? `features[${p.feature}] › ` : '';
  const args = { ...p.args };
  if (p.code === 'unknown') args.suggestion = args.suggestion ? ` (did you mean ${args.suggestion}?)` : '';
  if (p.code === 'ambiguous') args.suggestion = String(args.suggestion ?? '').split('、').join(' or ');
  return `${place}${fillTemplate(ENGLISH[p.code], args)}`;
}

/** A file that cannot be shown: the file's name and its problems (the first says why). */
export class UserFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file} › ${problems.map(problemEnglish).join('; ')}`);
    this.name = 'UserFileError';
  }
}

export interface UserFile {
  name: string;
  kind: 'csv' | 'geojson';
  /** The column or property that named the units, and the one that held the value. */
  keyField: string;
  valueField: string;
  rows: UserRow[];
  /** GeoJSON files bring their own geometry: one feature per row, properties { key, value, feature }. */
  geojson?: FeatureCollection;
  /** Rows or features left out, and what was repaired, each with its place. */
  problems: Problem[];
  encoding?: TextEncoding;
  delimiter?: Delimiter;
}

const KEY_FIELDS = ['adcode', 'code', 'id', 'name', 'pilot', 'province', 'city', 'county', 'region', '名称', '地区', '地名', '区域', '行政区', '行政区划', '行政区划代码', '区划代码', '代码', '试点', '省份', '省', '城市', '市', '区县', '县', '县区'];
const VALUE_NAME = /^(value|values|数值|值|数据)$/i;
const MAX_BYTES = 20 * 1024 * 1024;
/** Rows whose problems are kept (a broken file of a million lines must not build a million messages). */
const MAX_PROBLEMS = 200;

/** A number as people and spreadsheets write it: "1,234.5", "68.9%", "１２", "−3"; with ; as delimiter also "1.234,5". */
export function numeric(raw: unknown, delimiter: Delimiter = ','): number | null {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : null;
  if (typeof raw !== 'string') return null;
  let s = raw.normalize('NFKC').replace(/[\s%\u2009\u202f]/g, '').replace(/^[\u2212\u2012\u2013]/, '-');
  if (delimiter === ';' && /^[+-]?[\d.]*\d,\d+$/.test(s)) s = s.replace(/\./g, '').replace(',', '.');
  else s = s.replace(/,(?=\d{3}(\D|$))/g, '');
  if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(s)) return null;
  const n = Number(s);
  return Number.isFinite(n) ? n : null;
}

const clip = (s: string, n = 30) => (s.length > n ? `${s.slice(0, n)}…` : s);

/**
 * A GeoJSON property as text, never throwing: a file may give an object whose own `toString` is
 * not a function ({"toString": "x"}), on which String() throws. Objects and arrays read as their
 * JSON (cut short), or as nothing when even that fails (nested too deep).
 */
function textOf(v: unknown): string {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (v === null || v === undefined) return '';
  try {
    return clip(JSON.stringify(v) ?? '', 60);
  } catch {
    return '';
  }
}

/** Parses delimited text of (adcode or name, value): comma, tab or semicolon, header optional. */
function parseCsv(name: string, text: string): UserFile {
  const { delimiter, skip } = detectDelimiter(text);
  const read = readRecords(text.slice(skip), delimiter);
  const offset = skip > 0 ? 1 : 0;
  const records = read.records.filter((r) => r.cells.some((c) => c.trim() !== '')).map((r) => ({ cells: r.cells.map((c) => c.trim()), line: r.line + offset }));
  const problems: Problem[] = [];
  if (read.unclosedQuote !== undefined) problems.push({ code: 'unclosedQuote', line: read.unclosedQuote + offset });
  const first = records[0];
  if (!first) throw new UserFileError(name, [{ code: 'empty' }]);
  // A first row whose name column is not a known header and whose other cells hold numbers is data: no header.
  const headerless = !KEY_FIELDS.includes(first.cells[0]!.toLowerCase()) && first.cells.length >= 2 && first.cells.slice(1).some((c) => numeric(c, delimiter) !== null);
  const columns = headerless ? first.cells.map((_, i) => (i === 0 ? 'name' : i === 1 ? 'value' : `column ${i + 1}`)) : first.cells;
  const body = headerless ? records : records.slice(1);
  if (columns.length < 2) throw new UserFileError(name, [{ code: 'oneColumn', line: first.line, args: { columns: clip(columns.join('')) } }]);
  const key = columns.find((c) => KEY_FIELDS.includes(c.toLowerCase())) ?? columns[0]!;
  const k = columns.indexOf(key);
  const sample = body.slice(0, 200);
  const numericShare = (i: number) => sample.filter((r) => numeric(r.cells[i], delimiter) !== null).length;
  const named = columns.findIndex((c, i) => i !== k && VALUE_NAME.test(c));
  let v = named;
  if (v < 0) {
    let best = 0;
    columns.forEach((_, i) => {
      const share = i === k ? 0 : numericShare(i);
      if (share > best) [best, v] = [share, i];
    });
  }
  if (v < 0) throw new UserFileError(name, [{ code: 'noNumbers', line: first.line, args: { columns: clip(columns.join(', '), 80) } }]);
  const valueField = columns[v]!;
  const rows: UserRow[] = [];
  for (const r of body) {
    const keyCell = r.cells[k] ?? '';
    const value = numeric(r.cells[v], delimiter);
    if (!keyCell) {
      if (problems.length < MAX_PROBLEMS) problems.push({ code: 'emptyKey', line: r.line, args: { key } });
    } else if (value === null) {
      if (problems.length < MAX_PROBLEMS) problems.push({ code: 'notNumber', line: r.line, args: { field: valueField, raw: clip(r.cells[v] ?? '') } });
    } else rows.push({ key: keyCell, value, line: r.line });
  }
  if (rows.length === 0) throw new UserFileError(name, [{ code: 'noRows', args: { key, field: valueField } }, ...problems.slice(0, 12)]);
  return { name, kind: 'csv', keyField: key, valueField, rows, problems, delimiter };
}

const FAULT_CODE: Record<GeometryFault['fault'], ProblemCode> = {
  type: 'geomType',
  empty: 'geomEmpty',
  position: 'geomPosition',
  range: 'geomRange',
  'ring-short': 'geomRingShort',
  'ring-open': 'geomRingOpen',
  'line-short': 'geomLineShort',
};

const faultProblem = (fault: GeometryFault, feature: number): Problem => {
  const code = fault.fault === 'range' && fault.projected ? 'geomProjected' : FAULT_CODE[fault.fault];
  const { fault: _, projected: __, ...args } = fault as GeometryFault & { projected?: boolean };
  return { code, feature, args: args as Record<string, string | number> };
};

/** The 1-based line of a character offset. */
const lineAt = (text: string, offset: number): number => {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
};

/**
 * The line where a text stops being JSON: from the engine's "position N" if it gives one (older
 * engines), else from a JSON scanner's first error, else (input cut short) the last line.
 */
function jsonErrorPlace(text: string, message: string): number | undefined {
  const at = /position (\d+)/.exec(message);
  if (at) return lineAt(text, Number(at[1]));
  const line = /line (\d+)/.exec(message);
  if (line) return Number(line[1]);
  try {
    const errors: ParseError[] = [];
    parse(text, errors, { allowTrailingComma: false, disallowComments: true });
    if (errors[0]) return lineAt(text, errors[0].offset);
  } catch {
    // The scanner recurses into nested arrays: text nested too deep for it has no line to give.
  }
  return /end of (JSON )?(input|data)/i.test(message) ? lineAt(text, text.trimEnd().length) : undefined;
}

/** Parses a GeoJSON FeatureCollection (or one Feature) whose features carry a name or adcode and a number. */
function parseGeoJson(name: string, text: string): UserFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    const detail = clip((error as Error).message, 80);
    const line = jsonErrorPlace(text, detail);
    throw new UserFileError(name, [{ code: 'badJson', ...(line !== undefined ? { line } : {}), args: { detail } }]);
  }
  const root = json as { type?: unknown; features?: unknown } | null;
  const list: unknown = root?.type === 'Feature' ? [root] : root?.type === 'FeatureCollection' ? root.features : undefined;
  if (!Array.isArray(list)) throw new UserFileError(name, [{ code: 'notCollection' }]);
  const features = list as (Partial<Feature> | null)[];
  const propsOf = (f: Partial<Feature> | null): Record<string, unknown> => (f && typeof f.properties === 'object' && f.properties) || {};
  const sample = features.slice(0, 200).map(propsOf);
  const names = [...new Set(sample.flatMap((p) => Object.keys(p)))];
  const key = names.find((p) => KEY_FIELDS.includes(p.toLowerCase())) ?? names.find((p) => sample.some((s) => typeof s[p] === 'string')) ?? '';
  let valueField = names.find((p) => p !== key && VALUE_NAME.test(p));
  if (!valueField) {
    let best = 0;
    for (const p of names) {
      const share = p === key ? 0 : sample.filter((s) => numeric(s[p]) !== null).length;
      if (share > best) [best, valueField] = [share, p];
    }
  }
  if (!valueField) throw new UserFileError(name, [{ code: 'noNumbers', ...(features.length > 0 ? { feature: 0 } : {}), args: { columns: clip(names.join(', '), 80) || '—' } }]);
  const withGeometry = features.some((f) => f?.geometry);
  const rows: UserRow[] = [];
  const problems: Problem[] = [];
  const drawn: Feature[] = [];
  const budget = { left: KINK_BUDGET };
  const note = (p: Problem) => problems.length < MAX_PROBLEMS && problems.push(p);
  features.forEach((f, i) => {
    const props = propsOf(f);
    const value = numeric(props[valueField]);
    const k = typeof props[key] === 'object' && props[key] !== null ? '' : textOf(props[key]).trim();
    if (value === null) return void note({ code: 'notNumber', feature: i, args: { field: valueField, raw: clip(textOf(props[valueField])) } });
    if (!withGeometry) {
      if (!k) return void note({ code: 'emptyKey', feature: i, args: { key: key || 'name' } });
      return void rows.push({ key: k, value, line: i });
    }
    if (!f?.geometry) return void note({ code: 'noGeometry', feature: i });
    const checked = checkGeometry(f.geometry, budget);
    if (checked.fault) return void note(faultProblem(checked.fault, i));
    if (checked.kinked) note(checked.kinked.parts > 0 ? { code: 'geomKinked', feature: i, args: { parts: checked.kinked.parts } } : { code: 'geomKinkedAsIs', feature: i });
    rows.push({ key: k, value, line: i });
    drawn.push({ type: 'Feature', properties: { key: k, value, feature: i }, geometry: checked.geometry as Geometry });
  });
  if (rows.length === 0) throw new UserFileError(name, [withGeometry ? { code: 'noFeatures', args: { field: valueField } } : { code: 'noRows', args: { key: key || 'name', field: valueField } }, ...problems.slice(0, 12)]);
  return {
    name,
    kind: 'geojson',
    keyField: key,
    valueField,
    rows,
    problems,
    ...(withGeometry ? { geojson: { type: 'FeatureCollection', features: drawn } } : {}),
  };
}

/**
 * Reads the text of a file a person chose: a CSV (or tab- or semicolon-separated text) of
 * (adcode or name, value), or a GeoJSON with values. The content decides, not the file name;
 * anything else throws a UserFileError naming the file and the place. Pure: nothing leaves the page.
 */
export function parseUserFile(name: string, text: string): UserFile {
  if (text.length > MAX_BYTES) throw new UserFileError(name, [{ code: 'tooLarge' }]);
  if (text.includes('\u0000')) throw new UserFileError(name, [{ code: 'binary' }]);
  const body = text.replace(/^\uFEFF/, '');
  const head = body.trimStart();
  if (head.startsWith('{') || head.startsWith('[')) return parseGeoJson(name, body);
  if (/\.(geo)?json$/i.test(name)) throw new UserFileError(name, [{ code: 'jsonName' }]);
  return parseCsv(name, body);
}

/** Reads a file's bytes: decodes them (UTF-8, UTF-16, GB18030; see user-decode.ts), then parses the text. */
export function readUserBytes(name: string, bytes: Uint8Array | ArrayBuffer): UserFile {
  if (bytes.byteLength > MAX_BYTES) throw new UserFileError(name, [{ code: 'tooLarge' }]);
  if (bytes.byteLength === 0) throw new UserFileError(name, [{ code: 'empty' }]);
  const decoded = decodeUserBytes(bytes);
  if (decoded.binary) throw new UserFileError(name, [{ code: decoded.binary }]);
  return { ...parseUserFile(name, decoded.text), encoding: decoded.encoding };
}
