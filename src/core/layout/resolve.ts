import type { LngLat } from '../schema/gazetteer.ts';
import { anchorOf } from './area-ops.ts';
import type { Areal, LayoutContext, PlaceHit } from './context.ts';
import { ElementFailure, type ElementIssue, type LayoutErrorCode } from './errors.ts';
import type { PlaceRef } from './schema.ts';

/** A place reference made concrete: always a point, and a polygon when it is a county-level unit. */
export interface Resolved {
  at: LngLat;
  /** The unit's polygon: for {adcode}, and for a {place} that is a county-level unit. */
  polygon?: Areal;
  /** The unit's boundary-data id, when the reference is a county-level unit (with or without a polygon). */
  adcode?: string;
  /** What to call it on the map (the ref's own label, the gazetteer's name, the county's name). */
  name?: string;
  nameEn?: string;
}

type Issue = { code: LayoutErrorCode; message: string; zh: string };

const finite = (at: readonly number[]) => at.length === 2 && at.every(Number.isFinite);

function fromHit(found: PlaceHit | readonly PlaceHit[] | undefined, key: string): PlaceHit | Issue {
  const name = JSON.stringify(key);
  if (found === undefined) return { code: 'unknown-place', message: `unknown place ${name}`, zh: `地名表中没有 ${name}` };
  if (Array.isArray(found)) {
    const ids = (found as readonly PlaceHit[]).map((h) => h.id ?? h.name ?? '?').join(', ');
    return { code: 'ambiguous-place', message: `ambiguous place ${name} (${ids}): use a place id`, zh: `${name} 指多个地方（${ids}）：请用地名的 id` };
  }
  const single = found as PlaceHit;
  if (!finite(single.at)) return { code: 'unknown-place', message: `place ${name} has no usable position`, zh: `${name} 没有可用的位置` };
  return single;
}

/** Resolves one reference through the injected context, or says why it cannot. */
export function resolveRef(ref: PlaceRef, ctx: LayoutContext): Resolved | Issue {
  if ('at' in ref) return { at: ref.at, ...(ref.label ? { name: ref.label } : {}) };
  if ('place' in ref) {
    const found = fromHit(ctx.places(ref.place), ref.place);
    if ('code' in found) return found;
    const polygon = found.adcode ? ctx.counties(found.adcode) : undefined;
    return {
      at: found.at,
      ...(found.adcode ? { adcode: found.adcode } : {}),
      ...(polygon ? { polygon } : {}),
      name: ref.label ?? found.name ?? ref.place,
      ...(ref.label ? {} : found.nameEn ? { nameEn: found.nameEn } : {}),
    };
  }
  const polygon = ctx.counties(ref.adcode);
  if (!polygon)
    return { code: 'unknown-adcode', message: `unknown adcode "${ref.adcode}" (no boundary with that id)`, zh: `未知的行政区划代码 "${ref.adcode}"（边界数据中没有此代码）` };
  const seat = ctx.places(ref.adcode);
  const at = seat && !Array.isArray(seat) && finite((seat as PlaceHit).at) ? (seat as PlaceHit).at : anchorOf(polygon);
  return { at, polygon, adcode: ref.adcode, name: ref.label ?? ctx.countyName?.(ref.adcode) ?? ref.adcode };
}

/**
 * Resolves the references at `key` of an element (e.g. `members`), reporting every one that fails
 * at once: parts[1].elements[3].members[0] › unknown place "文岭镇".
 */
export function resolveAll(refs: readonly PlaceRef[], key: string, ctx: LayoutContext): Resolved[] {
  const issues: ElementIssue[] = [];
  const out = refs.map((ref, i) => {
    const r = resolveRef(ref, ctx);
    if ('code' in r) issues.push({ ...r, path: [key, i] });
    return r;
  });
  if (issues.length) throw new ElementFailure(issues);
  return out as Resolved[];
}

/** Resolves a single reference at `key` (e.g. `center`, `from`). */
export function resolveOne(ref: PlaceRef, key: string, ctx: LayoutContext): Resolved {
  const r = resolveRef(ref, ctx);
  if ('code' in r) throw new ElementFailure([{ ...r, path: [key] }]);
  return r;
}
