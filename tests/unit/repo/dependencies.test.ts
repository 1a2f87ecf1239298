import { readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * Every package the code imports is declared in package.json, so that what runs is what the lock pins:
 * an undeclared import resolves to whichever copy some other package happened to hoist.
 */

const ROOT = join(import.meta.dirname, '../../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
  overrides?: Record<string, Record<string, string>>;
};
const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.devDependencies)]);

function* sources(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) continue;
    if (statSync(path).isDirectory()) yield* sources(path);
    else if (/\.(ts|mts|js|mjs)$/.test(name)) yield path;
  }
}

/** The package a bare specifier names ('d3-geo', '@deck.gl/core', 'opencc-js/t2cn' → 'opencc-js'). */
const packageOf = (specifier: string): string => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/** Packages that only carry types and are named in imports by their module name (`geojson` ← @types/geojson). */
const typesPackage = (name: string): string => `@types/${name.startsWith('@') ? name.slice(1).replace('/', '__') : name}`;

function importedPackages(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found: string[] = [];
  // Static imports and re-exports (across lines), bare side-effect imports, and dynamic imports.
  const patterns = [/^\s*(?:import|export)\s[^'"`;]*?\sfrom\s*'([^']+)'/gm, /^\s*import\s*'([^']+)'/gm, /\bimport\(\s*'([^']+)'/g];
  for (const m of patterns.flatMap((re) => [...text.matchAll(re)])) {
    const specifier = (m[1] ?? '').replace(/\?.*$/, '');
    if (specifier.startsWith('.')) continue;
    if (specifier.startsWith('node:') || specifier.startsWith('/') || builtinModules.includes(specifier)) continue;
    found.push(packageOf(specifier));
  }
  return found;
}

describe('package.json', () => {
  const files = ['src', 'pipeline', 'bench', 'tests', 'scripts'].flatMap((dir) => [...sources(join(ROOT, dir))]);
  files.push(...['vite.config.ts', 'vite.widget.config.ts', 'vitest.config.ts'].map((f) => join(ROOT, f)));

  it('declares every package the code imports', () => {
    const missing = new Map<string, string>();
    for (const file of files) {
      for (const name of importedPackages(file)) {
        if (declared.has(name) || declared.has(typesPackage(name))) continue;
        missing.set(name, file.slice(ROOT.length + 1));
      }
    }
    expect(Object.fromEntries(missing)).toEqual({});
  });

  it('holds one d3-geo in the lock, the one the code imports', () => {
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as { packages: Record<string, { version?: string }> };
    const copies = Object.entries(lock.packages).filter(([path]) => path.endsWith('node_modules/d3-geo'));
    expect(copies.map(([path, { version }]) => `${path}@${version}`)).toEqual([`node_modules/d3-geo@${pkg.dependencies['d3-geo']}`]);
  });
});
