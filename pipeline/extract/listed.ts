/**
 * Sub-areas named in a list that a “分别” list of values follows (烟台 line 458: “龙口、招远、莱州、
 * 莱阳、海阳、栖霞六个县级市…。六县市常住人口城镇化率分别达到72%、61%、58%、56%、54%和45%”).
 * The last list of exactly `n` short names in `text` gives the scopes, in order; names without a
 * level take the one the list ends with (“…六个县级市” → 龙口市).
 */

const LIST = /((?:\p{Script=Han}{2,4}、)+\p{Script=Han}{2,4}?)(?:和(\p{Script=Han}{2,4}?))?(?=[一二两三四五六七八九十]+个|等|[，,。；;]|$)([一二两三四五六七八九十]+个)?(县级市|市|县|区|镇|乡)?/gu;
const LEAD = /^(?:支持|推动|推进|包括|以|由|将|对|在)+/u;

export function listedScopes(text: string, n: number): string[] | null {
  let found: string[] | null = null;
  for (const m of text.matchAll(LIST)) {
    const items = (m[1] ?? '').split('、');
    if (m[2] !== undefined) items.push(m[2]);
    const first = items[0]?.replace(LEAD, '');
    if (first !== undefined) items[0] = first;
    if (items.length !== n || items.some((s) => s.length < 2 || s.length > 4)) continue;
    const level = m[4] === undefined ? '' : m[4].slice(-1);
    found = items.map((s) => (level && !/[市县区镇乡]$/u.test(s) ? s + level : s));
  }
  return found;
}
