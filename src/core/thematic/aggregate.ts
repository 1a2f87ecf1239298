import type { PilotProps } from '../schema/pilots.ts';
import type { PilotValue } from './measure.ts';

export interface ProvinceSummary {
  province: string;
  /** Pilots in the province. */
  pilots: number;
  /** Of them, pilots with a value of the measure. */
  withValue: number;
  /** Unweighted mean of those values (each pilot counts once, whatever its size); null without values. */
  mean: number | null;
  /** The pilot with the largest value (the first listed on a tie); null without values. */
  max: { pilot: string; value: number } | null;
}

/** Chinese collation (pinyin order in ICU: 安徽, 北京, 重庆 …), the order a Chinese reader looks provinces up in. */
const collator = new Intl.Collator('zh-CN');

/** Pilots per province and their mean of the chosen measure, sorted by province name. */
export function byProvince(pilots: readonly Pick<PilotProps, 'id' | 'province'>[], values: ReadonlyMap<string, PilotValue>): ProvinceSummary[] {
  const groups = new Map<string, Pick<PilotProps, 'id' | 'province'>[]>();
  for (const p of pilots) groups.set(p.province, [...(groups.get(p.province) ?? []), p]);
  return [...groups]
    .map(([province, members]) => {
      const valued = members.flatMap((p) => {
        const v = values.get(p.id);
        return v ? [{ pilot: p.id, value: v.value }] : [];
      });
      const max = valued.reduce<{ pilot: string; value: number } | null>((best, v) => (best === null || v.value > best.value ? v : best), null);
      const mean = valued.length > 0 ? valued.reduce((sum, v) => sum + v.value, 0) / valued.length : null;
      return { province, pilots: members.length, withValue: valued.length, mean, max };
    })
    .sort((a, b) => collator.compare(a.province, b.province));
}
