/** A person's GeoJSON (a FeatureCollection or one Feature) read into rows with their own shapes, each bad feature or geometry named by its place. */
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { parse, type ParseError } from 'jsonc-parser';
import type { UserFile, UserRow } from './user-data.ts';
import { checkGeometry, KINK_BUDGET, type GeometryFault } from './user-geometry.ts';
import { clip, KEY_FIELDS, MAX_PROBLEMS, numeric, VALUE_NAME } from './user-fields.ts';
import { UserFileError, type Problem, type ProblemCode } from './user-problems.ts';

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
export function parseGeoJson(name: string, text: string): UserFile {
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
