/**
 * A draft layout spec (data/layouts/ format, src/core/layout/schema.ts) for a spatial formula of a
 * person's document: each part whose members the text names (“六圈”: 龙口、招远、莱州…) becomes
 * elements on those units, by the kind its word gives (核 core, 带 belt, 圈 circle, 群 cluster,
 * 区 zone, 点 node). Members the boundaries do not hold (a belt's name, a park, a town) are left for
 * the person to place in the editor, and listed. Pure.
 */
import type { Formula } from '../schema/indicators.ts';
import type { MemberToPlace } from '../layout/place-by-click.ts';

/** A member resolved to a county-level unit of the boundaries (its adcode), or null. */
export type ResolveMember = (member: string) => { adcode: string; name: string } | null;

export interface DraftSpec {
  /** The spec as the editor takes it (without parts when every member is left to place); null when the text names no member. */
  spec: Record<string, unknown> | null;
  placed: string[];
  /** Members the boundaries do not hold, and parts the text names no member of. */
  unplaced: string[];
  partsWithoutMembers: string[];
  /** The unplaced members with their part, kind and line: what the editor offers to place by a click on the map. */
  toPlace: MemberToPlace[];
}

type Kind = 'core' | 'belt' | 'axis' | 'corridor' | 'circle' | 'cluster' | 'zone' | 'node';

/** The element kind a part's word names (docs/contracts.md › Spatial-plan specs). */
export function kindOfWord(word: string): Kind {
  if (/核/u.test(word)) return 'core';
  if (/轴/u.test(word)) return 'axis';
  if (/廊/u.test(word)) return 'corridor';
  if (/带|翼|线/u.test(word)) return 'belt';
  if (/圈/u.test(word)) return 'circle';
  if (/群|组团|团/u.test(word)) return 'cluster';
  if (/区|片|域/u.test(word)) return 'zone';
  return 'node';
}

/** The radius of a circle drawn round a county (the Yantai plan's 县域 circles are ~15 km), km. */
const CIRCLE_KM = 15;

/** Splits a formula into its written parts: “一核引领、三带贯通” → 一核引领, 三带贯通. */
const writtenParts = (formula: string): string[] => formula.split(/[、，,；;\s]+/u).filter(Boolean);

export function draftSpec(formula: Formula, id: string, pilot: string, resolve: ResolveMember): DraftSpec {
  const written = writtenParts(formula.formula);
  const placed: string[] = [];
  const unplaced: string[] = [];
  const partsWithoutMembers: string[] = [];
  const toPlace: MemberToPlace[] = [];
  const parts: { part: string; elements: Record<string, unknown>[] }[] = [];
  formula.parts.forEach((p, i) => {
    // The part as the text writes it, when the formula splits into as many pieces as it has parts.
    const name = written.length === formula.parts.length ? written[i]! : `${p.count ?? '多'}${p.word}`;
    const members = p.members ?? [];
    if (members.length === 0) {
      partsWithoutMembers.push(name);
      return;
    }
    const refs = members.flatMap((m) => {
      const unit = resolve(m);
      if (unit) placed.push(m);
      else {
        unplaced.push(m);
        toPlace.push({ member: m, part: name, kind: kindOfWord(p.word), line: formula.source.line });
      }
      return unit ? [{ adcode: unit.adcode, label: m }] : [];
    });
    if (refs.length === 0) return;
    const kind = kindOfWord(p.word);
    const basis = { membership: 'text', basis: [formula.source.line], line: formula.source.line };
    let elements: Record<string, unknown>[];
    if (kind === 'core') elements = [{ kind, label: name, ...basis, area: refs }];
    else if (kind === 'cluster') elements = [{ kind, label: name, ...basis, members: refs }];
    else if ((kind === 'belt' || kind === 'axis' || kind === 'corridor') && refs.length >= 2) elements = [{ kind, label: name, ...basis, through: refs }];
    else if (kind === 'circle') elements = refs.map((r) => ({ kind, label: r.label, ...basis, center: r, radiusKm: CIRCLE_KM }));
    else if (kind === 'zone') elements = refs.map((r) => ({ kind, label: r.label, ...basis, area: [r] }));
    else elements = refs.map((r) => ({ kind: 'node', label: r.label, ...basis, at: r }));
    parts.push({ part: name, elements });
  });
  // A formula none of whose members the boundaries hold is still a draft when it names members: the person places them by clicks on the map.
  const spec =
    parts.length === 0 && toPlace.length === 0
      ? null
      : {
          id,
          formula: formula.formula,
          title: { zh: `${formula.pilotName}“${formula.formula}”（草稿）`, en: `${formula.pilotName}: “${formula.formula}” (draft)` },
          pilot,
          source: { doc: formula.source.doc, line: formula.source.line },
          parts,
          note: `Drafted from the person's document, line ${formula.source.line}: members the text names are placed on their counties.${unplaced.length + partsWithoutMembers.length > 0 ? ` Not placed: ${[...unplaced, ...partsWithoutMembers].join('、')}.` : ''}`,
        };
  return { spec, placed, unplaced, partsWithoutMembers, toPlace };
}
