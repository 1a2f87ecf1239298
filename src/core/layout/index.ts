export { compileAll, compileLayout, type CompileAllResult, type CompileResult, type SpecInput } from './compile.ts';
export type { Areal, CountyFeature, LayoutContext, PlaceHit } from './context.ts';
export { DEFAULTS } from './defaults.ts';
export { formatLayoutError, type LayoutError, type LayoutErrorCode } from './errors.ts';
export type { LayoutFeature, LayoutFeatureProps, Role } from './features.ts';
export { countyLookup, countyLookupFromTopologies, layoutContext, placeLookup } from './gazetteer-context.ts';
export { resolveRef, type Resolved } from './resolve.ts';
export * from './schema.ts';
export * from './unplaceable.ts';
