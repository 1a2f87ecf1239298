import * as OpenCC from 'opencc-js/t2cn';

export type Convert = (text: string) => string;

let cached: Convert | undefined;

/** OpenCC's traditional → mainland simplified converter (built once; the dictionaries are large). */
export function traditionalToSimplified(): Convert {
  cached ??= OpenCC.Converter({ from: 't', to: 'cn' });
  return cached;
}

/**
 * Convert one line, keeping its length so that every character still maps to the one it came
 * from: OpenCC's phrase tables can in principle change a line's length, so such a line is
 * converted character by character instead, and left as it is if even that changes its length.
 */
export function convertLine(line: string, convert: Convert): string {
  const whole = convert(line);
  if (whole.length === line.length) return whole;
  const byChar = Array.from(line, (ch) => {
    const c = convert(ch);
    return c.length === ch.length ? c : ch;
  }).join('');
  return byChar.length === line.length ? byChar : line;
}
