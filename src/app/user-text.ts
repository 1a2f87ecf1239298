import { fillTemplate, type Problem, type ProblemCode } from '../core/user-problems.ts';
import type { Lang } from '../core/url-state.ts';
import { t, type StringKey } from './i18n.ts';

const KEYS: Record<ProblemCode, StringKey> = {
  tooLarge: 'userProblemTooLarge',
  binary: 'userProblemBinary',
  xlsx: 'userProblemXlsx',
  xls: 'userProblemXls',
  empty: 'userProblemEmpty',
  badJson: 'userProblemBadJson',
  notCollection: 'userProblemNotCollection',
  jsonName: 'userProblemJsonName',
  oneColumn: 'userProblemOneColumn',
  noNumbers: 'userProblemNoNumbers',
  noRows: 'userProblemNoRows',
  noFeatures: 'userProblemNoFeatures',
  emptyKey: 'userProblemEmptyKey',
  notNumber: 'userProblemNotNumber',
  unclosedQuote: 'userProblemUnclosedQuote',
  noGeometry: 'userProblemNoGeometry',
  geomType: 'userProblemGeomType',
  geomPosition: 'userProblemGeomPosition',
  geomRange: 'userProblemGeomRange',
  geomProjected: 'userProblemGeomProjected',
  geomRingShort: 'userProblemGeomRingShort',
  geomRingOpen: 'userProblemGeomRingOpen',
  geomLineShort: 'userProblemGeomLineShort',
  geomEmpty: 'userProblemGeomEmpty',
  geomKinked: 'userProblemGeomKinked',
  geomKinkedAsIs: 'userProblemGeomKinkedAsIs',
  unknown: 'userProblemUnknown',
  ambiguous: 'userProblemAmbiguous',
  duplicate: 'userProblemDuplicate',
  noneMatched: 'userProblemNoneMatched',
};

/** Where a problem is, in the reader's language: "第 3 行", "line 3", "features[2]". */
export const problemPlace = (lang: Lang, p: Problem): string =>
  p.line !== undefined ? fillTemplate(t(lang, 'userAtLine'), { n: p.line }) : p.feature !== undefined ? fillTemplate(t(lang, 'userAtFeature'), { i: p.feature }) : '';

/** A problem of a person's file in the reader's language, with its place (plain text, never HTML). */
export function problemText(lang: Lang, p: Problem): string {
  const args = { ...p.args };
  if (p.code === 'unknown') args.suggestion = args.suggestion ? fillTemplate(t(lang, 'userDidYouMean'), { names: String(args.suggestion).split('、').join(t(lang, 'userOr')) }) : '';
  if (p.code === 'ambiguous') args.suggestion = String(args.suggestion ?? '').split('、').join(t(lang, 'userOr'));
  const place = problemPlace(lang, p);
  return `${place ? `${place} › ` : ''}${fillTemplate(t(lang, KEYS[p.code]), args)}`;
}
