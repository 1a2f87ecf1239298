import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

/** name@version → [name, version]. */
export function parseSpec(spec: string): [name: string, version: string] {
  const at = spec.lastIndexOf('@');
  if (at <= 0) throw new Error(`package spec "${spec}" needs an exact version (name@x.y.z)`);
  return [spec.slice(0, at), spec.slice(at + 1)];
}

/** Version and integrity npm recorded for an installed package (its hidden lockfile), if any. */
export function installedPackage(dir: string, name: string): { version: string; integrity?: string } | undefined {
  const pkg = path.join(dir, 'node_modules', name, 'package.json');
  if (!fs.existsSync(pkg)) return undefined;
  const version = (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
  const lockFile = path.join(dir, 'node_modules', '.package-lock.json');
  const lock = fs.existsSync(lockFile)
    ? (JSON.parse(fs.readFileSync(lockFile, 'utf8')) as { packages?: Record<string, { integrity?: string }> })
    : {};
  return { version, integrity: lock.packages?.[`node_modules/${name}`]?.integrity };
}

/**
 * Installs pinned packages into `dir` (not the project): `npm install --no-save --prefix dir`.
 * Skips the install when every package is already there at its version.
 */
export function ensurePackages(dir: string, specs: readonly string[], log: (line: string) => void): void {
  const missing = specs.filter((spec) => {
    const [name, version] = parseSpec(spec);
    return installedPackage(dir, name)?.version !== version;
  });
  if (missing.length === 0) return;
  fs.mkdirSync(dir, { recursive: true });
  log(`installing ${missing.join(', ')} into ${dir}`);
  execFileSync(
    'npm',
    ['install', '--no-save', '--no-audit', '--no-fund', '--ignore-scripts', '--prefix', dir, ...specs],
    { stdio: ['ignore', 'ignore', 'inherit'] },
  );
}
