/** The problems of a person's file, each with its place (a line, a feature), in English for errors (the page shows them translated), and the error a file that cannot be shown throws. */

/**
 * Something wrong with a file, or with one of its rows or features, and where: `line` (1-based,
 * the file's own line numbering) or `feature` (index in `features`). `args` fill the message.
 * The words are the app's (src/app/i18n.ts, key `userProblem_<code>`), in the reader's language.
 */
export interface Problem {
  code: ProblemCode;
  line?: number;
  feature?: number;
  args?: Record<string, string | number>;
}

export type ProblemCode =
  | 'tooLarge'
  | 'binary'
  | 'xlsx'
  | 'xls'
  | 'empty'
  | 'badJson'
  | 'notCollection'
  | 'jsonName'
  | 'oneColumn'
  | 'noNumbers'
  | 'noRows'
  | 'noFeatures'
  | 'emptyKey'
  | 'notNumber'
  | 'unclosedQuote'
  | 'noGeometry'
  | 'geomType'
  | 'geomPosition'
  | 'geomRange'
  | 'geomProjected'
  | 'geomRingShort'
  | 'geomRingOpen'
  | 'geomLineShort'
  | 'geomEmpty'
  | 'geomKinked'
  | 'geomKinkedAsIs'
  | 'unknown'
  | 'ambiguous'
  | 'duplicate'
  | 'noneMatched';

/** English words of each problem, for the Error message (the page shows the translated ones). */
const ENGLISH: Record<ProblemCode, string> = {
  tooLarge: 'larger than 20 MB',
  binary: 'a binary file, not CSV or GeoJSON',
  xlsx: 'an Excel workbook (.xlsx): save it as CSV first',
  xls: 'an Excel workbook (.xls): save it as CSV first',
  empty: 'the file is empty',
  badJson: 'not valid JSON ({detail})',
  notCollection: 'not a GeoJSON FeatureCollection',
  jsonName: 'named as JSON but does not start with { or [',
  oneColumn: 'needs a name or adcode column and a value column, separated by commas, tabs or semicolons (found one column: {columns})',
  noNumbers: 'no column holds numbers (columns: {columns})',
  noRows: 'no row has both a {key} and a number in {field}',
  noFeatures: 'no feature has both a valid geometry and a number in {field}',
  emptyKey: 'empty {key}',
  notNumber: '{field} "{raw}" is not a number',
  unclosedQuote: 'a quote opens here and never closes: read as a plain character',
  noGeometry: 'no geometry',
  geomType: '{type} is not drawn (only points, lines and polygons)',
  geomPosition: '{path} is not a [longitude, latitude] pair of numbers',
  geomRange: '{path} is outside longitude −180…180 / latitude −90…90',
  geomProjected: '{path} looks like projected metres, not longitude/latitude (WGS84)',
  geomRingShort: 'ring {path} has {count} positions; a ring needs at least 4',
  geomRingOpen: 'ring {path} is not closed (its last position must repeat its first)',
  geomLineShort: 'line {path} has fewer than 2 positions',
  geomEmpty: 'the geometry has no coordinates',
  geomKinked: 'the polygon crosses itself: drawn as {parts} parts split at the crossings',
  geomKinkedAsIs: 'the polygon crosses itself: drawn as it is',
  unknown: '"{key}" names no province, prefecture or county{suggestion}',
  ambiguous: '"{key}" could be {suggestion}: add the province or prefecture, or use the adcode',
  duplicate: '"{key}" was already given on line {first}: this one is left out',
  noneMatched: 'none of the {count} names matched a province, prefecture or county',
};

/** Fills `{name}` slots of a template from a problem's arguments. */
export const fillTemplate = (template: string, args: Record<string, string | number> = {}): string =>
  template.replace(/\{(\w+)\}/g, (_, k: string) => (k in args ? String(args[k]) : ''));

/** The problem in English, with its place: "line 3 › …" or "features[2] › …". */
export function problemEnglish(p: Problem): string {
  const place = p.line !== undefined ? `line ${p.line} › ` : p.feature !== undefined ? `features[${p.feature}] › ` : '';
  const args = { ...p.args };
  if (p.code === 'unknown') args.suggestion = args.suggestion ? ` (did you mean ${args.suggestion}?)` : '';
  if (p.code === 'ambiguous') args.suggestion = String(args.suggestion ?? '').split('、').join(' or ');
  return `${place}${fillTemplate(ENGLISH[p.code], args)}`;
}

/** A file that cannot be shown: the file's name and its problems (the first says why). */
export class UserFileError extends Error {
  constructor(
    readonly file: string,
    readonly problems: Problem[],
  ) {
    super(`${file} › ${problems.map(problemEnglish).join('; ')}`);
    this.name = 'UserFileError';
  }
}
