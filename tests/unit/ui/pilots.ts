// Fixture of the UI tests: the 63 real pilots, as pilots.geojson has their properties (with the build's pinyin)
// (pipeline/pilots.ts lines 60–70 build them from data/gazetteer.json), read from the gazetteer
// so that the tests do not need the built public/data/.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateGazetteer, type Gazetteer } from '../../../src/core/schema/gazetteer.ts';
import type { PilotProps } from '../../../src/core/schema/pilots.ts';
import { namePinyin } from '../../../pipeline/pinyin.ts';

// A path, not a URL: the DOM tests (happy-dom) replace the global URL with the window's.
const root = join(import.meta.dirname, '../../..');

export const gazetteer: Gazetteer = validateGazetteer(
  JSON.parse(readFileSync(join(root, 'data/gazetteer.json'), 'utf8')),
  'data/gazetteer.json',
);

export const pilotProps: PilotProps[] = gazetteer.pilots.map((p) => ({
  id: p.id,
  name: p.name.zh,
  nameEn: p.name.en,
  pinyin: namePinyin(p.name.zh),
  province: p.province.zh,
  level: p.level,
  approximate: p.level === 'town' || p.adcodesApproximate === true,
}));
