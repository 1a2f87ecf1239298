// What a page load transferred, by kind (JS, data, other), from the static server's log.
import type { Served } from './serve.ts';

export interface FileLoad {
  path: string;
  kind: 'js' | 'data' | 'other';
  raw: number;
  gzip: number;
}

export interface Bytes {
  raw: number;
  gzip: number;
  files: number;
}

/** 1 KB = 1024 bytes, as the data pipeline prints sizes. */
export const KB = 1024;

export const kindOf = (path: string): FileLoad['kind'] =>
  /\.m?js$/.test(path) ? 'js' : path.includes('/data/') || /\.(geo|topo\.)?json$/.test(path) ? 'data' : 'other';

export function fileLoads(served: readonly Served[]): FileLoad[] {
  return served.filter((s) => s.status === 200 && s.file).map((s) => ({ path: s.path, kind: kindOf(s.path), raw: s.bytes, gzip: s.gzip }));
}

export const sumOf = (files: readonly FileLoad[], kind: FileLoad['kind']): Bytes => {
  const of = files.filter((f) => f.kind === kind);
  return { raw: of.reduce((s, f) => s + f.raw, 0), gzip: of.reduce((s, f) => s + f.gzip, 0), files: of.length };
};
