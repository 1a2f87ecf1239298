import type { FeatureCollection, Geometry } from 'geojson';
import { compileBelt } from './belt.ts';
import { compileCircle } from './circle.ts';
import { compileCluster } from './cluster.ts';
import type { LayoutContext } from './context.ts';
import { compileCore } from './core.ts';
import { ElementFailure, joinPath, type LayoutError } from './errors.ts';
import { kindContext, type KindContext, type LayoutFeature, type LayoutFeatureProps } from './features.ts';
import { compileLink } from './link.ts';
import { compileNode } from './node.ts';
import { schemaIssueZh } from './schema-zh.ts';
import { ElementSchema, LayoutSchema, type Element, type ElementKind, type Label, type Layout } from './schema.ts';
import { compileZone } from './zone.ts';

/** One compiler per element kind, looked up in this table (no chain of ifs on the kind). */
const KINDS: { [K in ElementKind]: (element: Extract<Element, { kind: K }>, k: KindContext) => LayoutFeature[] } = {
  core: compileCore,
  zone: compileZone,
  belt: compileBelt,
  axis: compileBelt,
  corridor: compileBelt,
  circle: compileCircle,
  cluster: compileCluster,
  node: compileNode,
  link: compileLink,
};

export interface CompileResult {
  /** Features of every element that compiled (also when others break the schema); an element with errors contributes none. */
  features: LayoutFeature[];
  errors: LayoutError[];
  /** The parsed spec, when it matched the schema. */
  layout?: Layout;
}

const zh = (l: Label) => (typeof l === 'string' ? l : l.zh);

/** The file a spec is reported under: the caller's name for it, or data/layouts/<id>.json. */
function fileOf(spec: unknown, file?: string): string {
  if (file) return file;
  const id = (spec as { id?: unknown } | null)?.id;
  return `data/layouts/${typeof id === 'string' && id ? id : '(unnamed)'}.json`;
}

/** Part name and element label at a path of the raw spec, for errors that come from the schema. */
function namesAt(spec: unknown, path: readonly PropertyKey[]): Pick<LayoutError, 'layout' | 'part' | 'element'> {
  const s = spec as { id?: unknown; parts?: { part?: unknown; elements?: { label?: unknown }[] }[] } | null;
  const part = typeof path[1] === 'number' ? s?.parts?.[path[1]] : undefined;
  const element = typeof path[3] === 'number' ? part?.elements?.[path[3]] : undefined;
  const label = element?.label as Label | undefined;
  return {
    ...(typeof s?.id === 'string' ? { layout: s.id } : {}),
    ...(typeof part?.part === 'string' ? { part: part.part } : {}),
    ...(typeof label === 'string' || (label && typeof label === 'object' && typeof label.zh === 'string')
      ? { element: zh(label) }
      : {}),
  };
}

/** The layout-level fields an element's features carry. */
type LayoutBase = { layout: string; formula: string; pilot: string; doc: string; line: number };

/** Compiles one element into `features`, or its problems into `errors`; never throws. */
function compileElement(
  element: Element,
  at: { part: string; partIndex: number; elementIndex: number },
  base: LayoutBase,
  ctx: LayoutContext,
  name: string,
  out: { features: LayoutFeature[]; errors: LayoutError[] },
): void {
  const path = ['parts', at.partIndex, 'elements', at.elementIndex];
  try {
    const k = kindContext(ctx, { ...base, ...at }, element);
    const compile = KINDS[element.kind] as (e: Element, k: KindContext) => LayoutFeature[];
    out.features.push(...compile(element, k));
  } catch (e) {
    const issues =
      e instanceof ElementFailure
        ? e.issues
        : [{ code: 'geometry' as const, path: [], ...both(`impossible geometry: ${errorText(e)}`, `无法生成图形：${errorText(e)}`) }];
    const where = { layout: base.layout, part: at.part, element: zh(element.label) };
    for (const issue of issues)
      out.errors.push({ code: issue.code, file: name, path: joinPath([...path, ...issue.path]), message: issue.message, zh: issue.zh, ...where });
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
/** A message in English (`message`) and Chinese (`zh`). */
const both = (message: string, zh: string) => ({ message, zh });

const text = (v: unknown, fallback: string) => (typeof v === 'string' ? v : fallback);

/**
 * A spec that does not match the schema: every element that does match it on its own is still
 * compiled (a planner typing in the editor sees the valid elements while fixing the others).
 */
function compileValidElements(spec: unknown, ctx: LayoutContext, name: string, out: { features: LayoutFeature[]; errors: LayoutError[] }): void {
  // Elements the schema already faulted are skipped without parsing them again.
  const faulted = new Set(out.errors.map((e) => /^parts\[\d+\]\.elements\[\d+\]/.exec(e.path)?.[0]).filter(Boolean));
  if (typeof spec !== 'object' || spec === null || Array.isArray(spec)) return;
  const s = spec as { id?: unknown; formula?: unknown; pilot?: unknown; source?: { doc?: unknown; line?: unknown }; parts?: unknown };
  if (!Array.isArray(s.parts)) return;
  const line = s.source?.line;
  const base: LayoutBase = {
    layout: text(s.id, '(unnamed)'),
    formula: text(s.formula, ''),
    pilot: text(s.pilot, ''),
    doc: text(s.source?.doc, ''),
    line: typeof line === 'number' && Number.isInteger(line) && line >= 1 ? line : 1,
  };
  s.parts.forEach((part: unknown, partIndex) => {
    const p = part as { part?: unknown; elements?: unknown } | null;
    if (!p || !Array.isArray(p.elements)) return;
    const partName = text(p.part, '');
    p.elements.forEach((raw: unknown, elementIndex) => {
      if (faulted.has(`parts[${partIndex}].elements[${elementIndex}]`)) return;
      const element = ElementSchema.safeParse(raw);
      if (element.success) compileElement(element.data, { part: partName, partIndex, elementIndex }, base, ctx, name, out);
    });
  });
}

/**
 * Compiles one spec (any JSON value) into schematic features. Never throws. A spec that does not
 * match the schema gives its schema errors, and the elements that match it on their own are still
 * compiled (`layout` is then absent); an element whose places cannot be resolved or drawn gives its
 * errors and is left out, and the others are still drawn.
 */
export function compileLayout(spec: unknown, ctx: LayoutContext, file?: string): CompileResult {
  const name = fileOf(spec, file);
  try {
    const parsed = LayoutSchema.safeParse(spec);
    if (!parsed.success) {
      const out = {
        features: [] as LayoutFeature[],
        errors: parsed.error.issues.map(
          (issue): LayoutError => ({
            code: 'schema',
            file: name,
            path: joinPath(issue.path),
            ...both(issue.message, schemaIssueZh(issue, spec)),
            ...namesAt(spec, issue.path),
          }),
        ),
      };
      compileValidElements(spec, ctx, name, out);
      return out;
    }
    const layout = parsed.data;
    const out = { features: [] as LayoutFeature[], errors: [] as LayoutError[] };
    if (ctx.pilotIds && !ctx.pilotIds.has(layout.pilot))
      out.errors.push({ code: 'unknown-pilot', file: name, path: 'pilot', ...both(`unknown pilot "${layout.pilot}"`, `未知的试点 "${layout.pilot}"`), layout: layout.id });
    if (ctx.docIds && !ctx.docIds.has(layout.source.doc))
      out.errors.push({
        code: 'unknown-doc',
        file: name,
        path: 'source.doc',
        ...both(`unknown document "${layout.source.doc}"`, `未知的文件 "${layout.source.doc}"`),
        layout: layout.id,
      });

    const base: LayoutBase = { layout: layout.id, formula: layout.formula, pilot: layout.pilot, doc: layout.source.doc, line: layout.source.line };
    layout.parts.forEach((part, partIndex) => {
      part.elements.forEach((element, elementIndex) => compileElement(element, { part: part.part, partIndex, elementIndex }, base, ctx, name, out));
    });
    return { ...out, layout };
  } catch (e) {
    // A context that throws, or a bug (a stack overflow on a pathologically deep value): still an answer, never an exception.
    return { features: [], errors: [{ code: 'geometry', file: name, path: '', ...both(`compiler failure: ${errorText(e)}`, `编译出错：${errorText(e)}`) }] };
  }
}

export interface SpecInput {
  /** Where the spec came from, for errors (data/layouts/changle.json); defaults to data/layouts/<id>.json. */
  file?: string;
  spec: unknown;
}

export interface CompileAllResult {
  /** Every layout's features in one collection (layouts.geojson). */
  collection: FeatureCollection<Geometry, LayoutFeatureProps>;
  errors: LayoutError[];
  /** Per spec: its id (when valid), file and feature count. */
  layouts: { id?: string; file: string; features: number; errors: number }[];
}

/** Compiles several specs; two specs with one id are an error on the second. */
export function compileAll(specs: readonly SpecInput[], ctx: LayoutContext): CompileAllResult {
  const seen = new Map<string, string>();
  const features: LayoutFeature[] = [];
  const errors: LayoutError[] = [];
  const layouts: CompileAllResult['layouts'] = [];
  for (const { file, spec } of specs) {
    const name = fileOf(spec, file);
    const result = compileLayout(spec, ctx, name);
    const id = result.layout?.id;
    if (id && seen.has(id)) {
      result.errors.push({
        code: 'duplicate-layout',
        file: name,
        path: 'id',
        ...both(`duplicate layout id "${id}" (already in ${seen.get(id)})`, `布局 id "${id}" 重复（已用于 ${seen.get(id)}）`),
        layout: id,
      });
      result.features = [];
    } else if (id) seen.set(id, name);
    features.push(...result.features);
    errors.push(...result.errors);
    layouts.push({ ...(id ? { id } : {}), file: name, features: result.features.length, errors: result.errors.length });
  }
  return { collection: { type: 'FeatureCollection', features }, errors, layouts };
}
