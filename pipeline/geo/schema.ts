import { z } from 'zod';

/**
 * Properties of the features in data/geo/*.topo.json (the app reads these names).
 * Ids are strings: PRC administrative division codes (adcodes) as the source has them,
 * late-2016 vintage; Taiwan's units carry Taiwan's own codes (see data/geo/README.md).
 */
const Code = z.string().regex(/^\d{5,8}$/);

/** What a later code or name of the unit is, where it was renamed or re-coded after the source's vintage. */
const Current = {
  /** Today's name, where it differs from `name`. */
  nameCurrent: z.string().optional(),
  /** Today's code, where it differs from `id`. */
  idCurrent: Code.optional(),
};

/** A county-level unit (县, 县级市, 区, 旗; Taiwan: 鄉鎮市區; Hong Kong/Macau: districts). */
export const CountyPropsSchema = z.strictObject({
  id: Code,
  name: z.string().min(1),
  prefecture: z.string().min(1),
  prefectureId: Code,
  province: z.string().min(1),
  provinceId: Code,
  ...Current,
});
export type CountyProps = z.infer<typeof CountyPropsSchema>;

/** A prefecture-level unit, merged from its counties. */
export const PrefecturePropsSchema = z.strictObject({
  id: Code,
  name: z.string().min(1),
  province: z.string().min(1),
  provinceId: Code,
  ...Current,
});
export type PrefectureProps = z.infer<typeof PrefecturePropsSchema>;

/** A province-level unit (省, 自治区, 直辖市, 特别行政区), merged from its counties. */
export const ProvincePropsSchema = z.strictObject({
  id: Code,
  name: z.string().min(1),
});
export type ProvinceProps = z.infer<typeof ProvincePropsSchema>;

const geometry = <P extends z.ZodType>(properties: P) =>
  z.object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    arcs: z.array(z.unknown()),
    properties,
  });

const collection = <P extends z.ZodType>(properties: P) =>
  z.object({ type: z.literal('GeometryCollection'), geometries: z.array(geometry(properties)) });

/** data/geo/china.topo.json and data/geo/detail/<provinceId>.topo.json: three layers sharing arcs. */
export const BoundaryTopologySchema = z.object({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  objects: z.object({
    counties: collection(CountyPropsSchema),
    prefectures: collection(PrefecturePropsSchema),
    provinces: collection(ProvincePropsSchema),
  }),
  arcs: z.array(z.array(z.tuple([z.number(), z.number()]))),
});

/** data/geo/south-china-sea.topo.json: the islands for the national map's inset. */
export const IslandsTopologySchema = z.object({
  type: z.literal('Topology'),
  bbox: z.tuple([z.number(), z.number(), z.number(), z.number()]),
  transform: z.object({ scale: z.tuple([z.number(), z.number()]), translate: z.tuple([z.number(), z.number()]) }),
  objects: z.object({ islands: collection(CountyPropsSchema) }),
  arcs: z.array(z.array(z.tuple([z.number(), z.number()]))),
});

const PolygonSchema = z.object({
  type: z.literal('Polygon'),
  coordinates: z.array(z.array(z.tuple([z.number(), z.number()])).min(4)).min(1),
});

/** data/geo/checks/kinmen.json: one island's outline from the Taiwan survey and from Fujian's data, before and after conversion. */
export const KinmenCheckSchema = z.object({
  about: z.string(),
  source: z.string(),
  taiwanWgs84: z.object({ from: z.string(), geometry: PolygonSchema }),
  fujianGcj02: z.object({ from: z.string(), geometry: PolygonSchema }),
  fujianWgs84: z.object({ from: z.string(), geometry: PolygonSchema }),
});
export type KinmenCheck = z.infer<typeof KinmenCheckSchema>;
