import type { IndicatorRecord, SourceRef } from '../schema/indicators.ts';
import type { PilotValue } from './measure.ts';
import { combineQualifiers } from './qualifier.ts';
import { difference, roundTo } from './round.ts';

/** Each sentence once (two values of one sentence share a line), in the order given. */
const distinct = (refs: SourceRef[]) => refs.filter((s, i) => refs.findIndex((t) => t.doc === s.doc && t.line === s.line) === i);

/** A stated value as it stands. */
export function stated(r: IndicatorRecord): PilotValue {
  return { value: r.value, qualifier: r.qualifier, year: r.year, sources: [r.source] };
}

/** minuend − subtrahend, to the precision they are stated to, with the qualifier rule of qualifier.ts. */
export function subtract(minuend: IndicatorRecord, subtrahend: IndicatorRecord, year: number | null): PilotValue {
  return {
    value: difference(minuend.value, subtrahend.value),
    qualifier: combineQualifiers([
      { qualifier: minuend.qualifier, sign: 1 },
      { qualifier: subtrahend.qualifier, sign: -1 },
    ]),
    year,
    sources: distinct([subtrahend.source, minuend.source]),
  };
}

/** numerator × factor / denominator of positive stated values, rounded to `digits` places; null if the denominator is not positive. */
export function divide(numerator: IndicatorRecord, denominator: IndicatorRecord, factor: number, digits: number): PilotValue | null {
  if (!(denominator.value > 0)) return null;
  return {
    value: roundTo((numerator.value * factor) / denominator.value, digits),
    qualifier: combineQualifiers([
      { qualifier: numerator.qualifier, sign: 1 },
      { qualifier: denominator.qualifier, sign: -1 },
    ]),
    year: numerator.year,
    sources: distinct([numerator.source, denominator.source]),
  };
}
