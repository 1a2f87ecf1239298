import { pinyin } from 'pinyin-pro';

/**
 * The toneless pinyin of each character of a Chinese name, lower case, ü written v, one entry per
 * character (other characters as they are): 狮山镇 → shi, shan, zhen. Computed here, at build time, with
 * pinyin-pro's dictionary (polyphones read in their word: 长乐 chang le), and shipped in pilots.geojson
 * for the search's full pinyin and initials.
 */
export function namePinyin(name: string): string[] {
  const syllables = pinyin(name, { toneType: 'none', type: 'array', v: true });
  if (syllables.length !== [...name].length) throw new Error(`pinyin of ${name}: ${syllables.length} syllables for ${[...name].length} characters`);
  return syllables.map((s) => s.toLowerCase());
}
