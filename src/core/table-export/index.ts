export * from './table-types.ts';
export * from './fields.ts';
export * from './csv.ts';
export * from './geojson.ts';
export * from './file-name.ts';
