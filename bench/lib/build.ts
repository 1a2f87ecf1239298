// Building what the bench measures: the app (with its widget), a private snapshot of dist/, the
// ECharts peer (its data written from the app's build) and the MapLibre floor page.
import { execFileSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { KB } from './bytes.ts';
import { writePeerData } from './peer-data.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const RESULTS = new URL('../results/', import.meta.url);
/**
 * The app is measured from a private copy of dist/: others may rebuild dist/ while the bench runs
 * (the browser tests do), and a page must not load half of one build and half of another.
 */
export const APP_SNAPSHOT = fileURLToPath(new URL('../.snapshot/app/', import.meta.url));
export const PEER_DIST = (peer: 'echarts' | 'maplibre-floor') => fileURLToPath(new URL(`../peers/dist/${peer}/`, import.meta.url));

function run(cmd: string, args: string[], log: string, env: Record<string, string> = {}) {
  const started = Date.now();
  try {
    const out = execFileSync(cmd, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...env } });
    writeFileSync(new URL(log, RESULTS), out);
    return Date.now() - started;
  } catch (error) {
    const e = error as { stdout?: string; stderr?: string };
    process.stderr.write(`${e.stdout ?? ''}${e.stderr ?? ''}`);
    throw new Error(`\`${cmd} ${args.join(' ')}\` failed (see above)`);
  }
}

export function snapshotApp(): void {
  rmSync(APP_SNAPSHOT, { recursive: true, force: true });
  cpSync(`${ROOT}dist/`, APP_SNAPSHOT, { recursive: true });
  if (!existsSync(`${APP_SNAPSHOT}index.html`)) throw new Error('dist/ has no index.html');
  if (!existsSync(`${APP_SNAPSHOT}widget/pilot-atlas.js`)) throw new Error('dist/ has no widget/pilot-atlas.js (the widget build)');
}

/** Builds the app (and its widget), snapshots it, then both peers from the snapshot's data. */
export function buildAll(log: (line: string) => void = console.log): void {
  mkdirSync(RESULTS, { recursive: true });
  log(`built the app and its widget (npm run build) in ${(run('npm', ['run', 'build', '--silent'], 'build-app.log') / 1000).toFixed(1)} s`);
  snapshotApp();
  const data = new URL('data/', `file://${APP_SNAPSHOT}`);
  const peerData = writePeerData(data, new URL('../peers/echarts/public/data/', import.meta.url));
  log(
    `peer data: ${peerData.counties} counties + ${peerData.pilotPolygons} pilot polygons → china-pilots.geojson ` +
      `(${(peerData.bytes['china-pilots.geojson']! / KB).toFixed(0)} KB), ${peerData.pilotPoints} pilot points`,
  );
  const floorData = new URL('../peers/maplibre-floor/public/data/', import.meta.url);
  mkdirSync(floorData, { recursive: true });
  copyFileSync(new URL('china.topo.json', data), new URL('china.topo.json', floorData));
  for (const peer of ['echarts', 'maplibre-floor'] as const) {
    const ms = run('npx', ['vite', 'build', '--config', 'bench/peers/vite.config.ts'], `build-${peer}.log`, { BENCH_PEER: peer });
    log(`built the ${peer} peer in ${(ms / 1000).toFixed(1)} s`);
  }
}

/** --skip-build: the builds must be there already. */
export function useBuilt(): void {
  for (const f of ['dist/index.html', 'dist/widget/pilot-atlas.js', 'bench/peers/dist/echarts/index.html', 'bench/peers/dist/maplibre-floor/index.html']) {
    if (!existsSync(`${ROOT}${f}`)) throw new Error(`--skip-build: ${f} is missing; run without --skip-build once`);
  }
  snapshotApp();
}

export function commit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}
