/**
 * A spec's text edited by a click on the map (the layout editor's “在地图上放置”): a member the
 * boundaries do not hold (a belt's name, a park, a town) becomes an element at the clicked points,
 * or the place reference under the caret becomes the clicked point. The position is the person's
 * reading, and the element says so (`membership: "reading"`, a note in both languages). Pure: text
 * in, text out, the rest of the text as written (jsonc-parser's edits).
 */
import { applyEdits, findNodeAtLocation, findNodeAtOffset, getNodePath, getNodeValue, modify, parseTree, type JSONPath, type Node } from 'jsonc-parser';
import type { ElementKind } from './schema.ts';

/** A member a draft could not place: its name, the part it belongs to (as the formula writes it), the part's element kind and the formula's line. */
export interface MemberToPlace {
  member: string;
  part: string;
  kind: Exclude<ElementKind, 'link'>;
  line: number;
}

/** How many clicks an element of a kind takes: a line needs at least two. */
export const pointsNeeded = (kind: ElementKind): number => (kind === 'belt' || kind === 'axis' || kind === 'corridor' ? 2 : 1);

/** Coordinates to 4 decimals (about 10 m): the click's own precision is no finer. */
const round = ([lng, lat]: readonly [number, number]): [number, number] => [Math.round(lng * 1e4) / 1e4, Math.round(lat * 1e4) / 1e4];

const NOTE = (what: string) => ({
  zh: `${what}的位置由使用者在地图上点选，是使用者的解读，并非原文所述。`,
  en: `The position of ${what} was clicked on the map by the person: their reading, not the text's.`,
});

const FORMAT = { formattingOptions: { insertSpaces: true, tabSize: 2, eol: '\n' } };

/** The spec's root object, or null when the text is not JSON with an object at its root. */
function root(text: string): Node | null {
  const tree = parseTree(text);
  return tree?.type === 'object' ? tree : null;
}

/**
 * Adds `member` as an element of its part (made when the spec has no such part) at the clicked
 * points: a circle round the point, a node at it, a core, zone or cluster on it, a belt, axis or
 * corridor through the points in order. Null when the text is not a spec object or a line has
 * fewer than two points.
 */
export function placeMember(text: string, member: MemberToPlace, points: readonly (readonly [number, number])[]): string | null {
  const tree = root(text);
  if (!tree || points.length < pointsNeeded(member.kind)) return null;
  // One point is the member and bears its name; a line's points are only where it runs (the element's label names it).
  const refs = points.map((p) => (points.length > 1 ? { at: round(p) } : { at: round(p), label: member.member }));
  const ref = refs[0]!;
  const common = { kind: member.kind, label: member.member, line: member.line, membership: 'reading', basis: [member.line], note: NOTE(`“${member.member}”`) };
  const element =
    member.kind === 'belt' || member.kind === 'axis' || member.kind === 'corridor'
      ? { ...common, through: refs }
      : member.kind === 'circle'
        ? { ...common, center: ref, radiusKm: 15 }
        : member.kind === 'node'
          ? { ...common, at: ref }
          : member.kind === 'cluster'
            ? { ...common, members: [ref] }
            : { ...common, area: [ref], radiusKm: 5 };
  const value = getNodeValue(tree) as { parts?: unknown };
  const parts = Array.isArray(value.parts) ? (value.parts as { part?: unknown; elements?: unknown }[]) : null;
  if (!parts) return applyEdits(text, modify(text, ['parts'], [{ part: member.part, elements: [element] }], FORMAT));
  const index = parts.findIndex((p) => p && p.part === member.part && Array.isArray(p.elements));
  const path: JSONPath = index >= 0 ? ['parts', index, 'elements', (parts[index]!.elements as unknown[]).length] : ['parts', parts.length];
  const insert = index >= 0 ? element : { part: member.part, elements: [element] };
  return applyEdits(text, modify(text, path, insert, { ...FORMAT, isArrayInsertion: true }));
}

const isRef = (n: Node): boolean =>
  n.type === 'object' && (n.children ?? []).some((p) => p.children?.[0] && ['adcode', 'place', 'at'].includes(p.children[0].value as string));

/** The place reference (`{adcode}`, `{place}` or `{at}`) the caret at `offset` is in, with its path and the path of its element; null when none. */
export function refAt(text: string, offset: number): { path: JSONPath; element: JSONPath; label: string } | null {
  const tree = root(text);
  if (!tree) return null;
  let node: Node | undefined = findNodeAtOffset(tree, offset, true);
  while (node && !isRef(node)) node = node.parent;
  if (!node) return null;
  const path = getNodePath(node);
  // parts[i].elements[j]…: the element is the first five keys.
  if (path[0] !== 'parts' || path[2] !== 'elements' || path.length < 5) return null;
  const value = getNodeValue(node) as { adcode?: string; place?: string; label?: string; at?: unknown };
  const label = value.label ?? value.place ?? value.adcode ?? '';
  return { path, element: path.slice(0, 4), label };
}

/**
 * Replaces the place reference at the caret with the clicked point (keeping its label, or naming it
 * by the place it was), and marks its element as the person's reading of that position. Null when the
 * caret is in no place reference.
 */
export function placeRefAtCaret(text: string, offset: number, point: readonly [number, number]): string | null {
  const ref = refAt(text, offset);
  if (!ref) return null;
  let out = applyEdits(text, modify(text, ref.path, { at: round(point), ...(ref.label ? { label: ref.label } : {}) }, FORMAT));
  const tree = root(out)!;
  const element = getNodeValue(findNodeAtLocation(tree, ref.element)!) as { note?: unknown; basis?: unknown; line?: unknown };
  const what = ref.label ? `“${ref.label}”` : 'a place';
  const added = NOTE(what);
  const note =
    typeof element.note === 'string'
      ? `${element.note} ${added.zh} ${added.en}`
      : element.note && typeof element.note === 'object'
        ? { zh: `${(element.note as { zh: string }).zh}${added.zh}`, en: `${(element.note as { en: string }).en} ${added.en}` }
        : added;
  out = applyEdits(out, modify(out, [...ref.element, 'note'], note, FORMAT));
  out = applyEdits(out, modify(out, [...ref.element, 'membership'], 'reading', FORMAT));
  if (!Array.isArray(element.basis)) {
    const spec = getNodeValue(root(out)!) as { source?: { line?: unknown } };
    const line = typeof element.line === 'number' ? element.line : typeof spec.source?.line === 'number' ? spec.source.line : null;
    if (line !== null) out = applyEdits(out, modify(out, [...ref.element, 'basis'], [line], FORMAT));
  }
  return out;
}
