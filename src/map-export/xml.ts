/**
 * Writing SVG as text, safely: every attribute value and every text node goes through escapeXml,
 * so a pilot name, a title or a legend label can never open a tag or end an attribute.
 */

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** The text with & < > " ' written as entities (XML 1.0 §2.4, and safe inside either quote). */
export const escapeXml = (text: string): string => text.replace(/[&<>"']/g, (c) => ENTITIES[c]!);

export type Attrs = Record<string, string | number | null | undefined>;

/** Numbers in attributes: at most 2 decimals, no "-0". */
export const num = (value: number): string => {
  const rounded = Math.round(value * 100) / 100;
  return String(Object.is(rounded, -0) ? 0 : rounded);
};

/** ` name="value"` for each attribute that is set, values escaped. */
export function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((e): e is [string, string | number] => e[1] !== null && e[1] !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === 'number' ? num(v) : escapeXml(v)}"`)
    .join('');
}

/** An element with already-written children (strings made by `xmlEl` or `textEl`; the page's DOM elements are dom.ts's `el`). */
export const xmlEl = (name: string, values: Attrs, children: readonly string[] = []): string =>
  children.length === 0 ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children.join('')}</${name}>`;

/** An element holding one text node, escaped. */
export const textEl = (name: string, values: Attrs, content: string): string => `<${name}${attrs(values)}>${escapeXml(content)}</${name}>`;
