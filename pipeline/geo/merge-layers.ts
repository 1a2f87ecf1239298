import { mergeArcs } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { currentOf, PREFECTURE_ALIASES } from './aliases.ts';
import type { CountyProps, PrefectureProps, ProvinceProps } from './schema.ts';

type CountyGeometry = (Polygon<CountyProps> | MultiPolygon<CountyProps>) & { properties: CountyProps };

const byId = <T extends { properties?: { id: string } }>(a: T, b: T) =>
  a.properties!.id < b.properties!.id ? -1 : a.properties!.id > b.properties!.id ? 1 : 0;

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * Adds `prefectures` and `provinces` layers to a topology with a `counties` layer, each
 * merged from its counties on the same arcs (topojson-client `mergeArcs`): a prefecture's
 * outline is exactly the outer arcs of its counties, at the same simplification.
 */
export function addMergedLayers(topology: Topology): Topology {
  const counties = (topology.objects.counties as GeometryCollection<CountyProps>).geometries as CountyGeometry[];
  const merged = (group: CountyGeometry[]) => mergeArcs(topology, group as never) as MultiPolygon;
  const prefectures = [...groupBy(counties, (c) => c.properties.prefectureId)].map(([id, group]) => {
    const p = group[0]!.properties;
    const properties: PrefectureProps = {
      id,
      name: p.prefecture,
      province: p.province,
      provinceId: p.provinceId,
      ...currentOf(id, p.prefecture, PREFECTURE_ALIASES),
    };
    return { ...merged(group), properties };
  });
  const provinces = [...groupBy(counties, (c) => c.properties.provinceId)].map(([id, group]) => {
    const properties: ProvinceProps = { id, name: group[0]!.properties.province };
    return { ...merged(group), properties };
  });
  return {
    ...topology,
    objects: {
      counties: { type: 'GeometryCollection', geometries: [...counties].sort(byId) },
      prefectures: { type: 'GeometryCollection', geometries: prefectures },
      provinces: { type: 'GeometryCollection', geometries: provinces },
    },
  };
}
