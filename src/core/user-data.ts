import type { FeatureCollection } from 'geojson';
import { decodeUserBytes, type TextEncoding } from './user-decode.ts';
import type { Delimiter } from './user-csv.ts';
import { parseCsv } from './user-parse-csv.ts';
import { parseGeoJson } from './user-parse-geojson.ts';
import { UserFileError, type Problem } from './user-problems.ts';

export { matchRows, type Matched } from './user-match.ts';
export { problemEnglish, UserFileError, type Problem } from './user-problems.ts';

/** One figure of a person's file: what it names (an adcode or a name) and its value. */
export interface UserRow {
  key: string;
  value: number;
  /** 1-based line in the file where the row starts (CSV), or the feature's index (GeoJSON). */
  line: number;
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

const MAX_BYTES = 20 * 1024 * 1024;

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
