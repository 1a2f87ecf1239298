import { gzipSync } from 'node:zlib';

export interface FileSize {
  /** Path relative to the output folder. */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export function sizeOf(path: string, text: string, level: number): FileSize {
  const buffer = Buffer.from(text, 'utf8');
  return { path, bytes: buffer.length, gzipBytes: gzipSync(buffer, { level }).length };
}

const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

/** A markdown table of sizes; groups of files under a folder are summarised (count, total, largest). */
export function sizesTable(sizes: readonly FileSize[]): string {
  const rows: string[] = ['| file | raw | gzip |', '| --- | ---: | ---: |'];
  const single = sizes.filter((s) => !s.path.startsWith('detail/'));
  const detail = sizes.filter((s) => s.path.startsWith('detail/'));
  for (const s of single) rows.push(`| ${s.path} | ${kb(s.bytes)} | ${kb(s.gzipBytes)} |`);
  if (detail.length > 0) {
    const sum = (f: (s: FileSize) => number) => detail.reduce((a, s) => a + f(s), 0);
    const largest = detail.reduce((a, b) => (b.gzipBytes > a.gzipBytes ? b : a));
    rows.push(`| detail/*.topo.json (${detail.length} files, total) | ${kb(sum((s) => s.bytes))} | ${kb(sum((s) => s.gzipBytes))} |`);
    rows.push(`| largest: ${largest.path} | ${kb(largest.bytes)} | ${kb(largest.gzipBytes)} |`);
  }
  return rows.join('\n');
}

/** Replaces the text between `<!-- name:start -->` and `<!-- name:end -->` (markers kept). */
export function replaceSection(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i) throw new Error(`README › markers ${start} … ${end} not found`);
  return `${text.slice(0, i + start.length)}\n${content}\n${text.slice(j)}`;
}
