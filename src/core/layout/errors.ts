/** Why a layout, or one of its elements, could not be compiled. */
export type LayoutErrorCode =
  | 'schema' // the spec does not match schema.ts (empty part, bad radius, belt with < 2 places …)
  | 'unknown-place' // {place} names no gazetteer place
  | 'ambiguous-place' // {place} names several gazetteer places
  | 'unknown-adcode' // {adcode} has no boundary
  | 'unknown-pilot' // pilot is not a gazetteer pilot id
  | 'unknown-doc' // source.doc is not a manifest id
  | 'duplicate-layout' // two specs share an id
  | 'geometry'; // the places cannot make the shape (coincident points, a failed buffer …)

export interface LayoutError {
  code: LayoutErrorCode;
  /** The spec's file, e.g. data/layouts/changle.json. */
  file: string;
  /** Path inside the spec, e.g. parts[1].elements[3].members[0]; '' for the whole spec. */
  path: string;
  /** The problem in English (what `formatLayoutError`, the pipeline and its tests print). */
  message: string;
  /** The same problem in Chinese, with the same names and numbers (the editor shows it on a Chinese page). */
  zh: string;
  /** Layout id, part name and element label, when known. */
  layout?: string;
  part?: string;
  element?: string;
}

/** `file › path › message`, the form every loader of the project reports (schema/issues.ts). */
export function formatLayoutError(e: LayoutError): string {
  return `${e.file} › ${e.path || '(root)'} › ${e.message}`;
}

/** Joins path keys the way schema/issues.ts does: parts[1].elements[3].members[0]. */
export function joinPath(keys: readonly PropertyKey[]): string {
  return keys
    .map((key, i) => (typeof key === 'number' ? `[${key}]` : i === 0 ? String(key) : `.${String(key)}`))
    .join('');
}

/** One reason an element cannot be compiled, in English and Chinese, at a path inside the element. */
export interface ElementIssue {
  code: LayoutErrorCode;
  path: readonly PropertyKey[];
  message: string;
  zh: string;
}

/** Thrown inside an element's compiler when it cannot go on; compile.ts turns it into LayoutErrors. */
export class ElementFailure extends Error {
  constructor(readonly issues: readonly ElementIssue[]) {
    super(issues.map((i) => i.message).join('; '));
  }
}
