import type { LayoutDetails, LayoutIndexEntry } from '../core/schema/layouts-index.ts';
import type { SourceRef } from '../core/schema/indicators.ts';
import type { Lang } from '../core/url-state.ts';
import { LAYOUT_STYLE, rgba } from '../render/palette.ts';
import { t, type StringKey } from './i18n.ts';
import './plan-detail.css';

/** Why a part of a formula is not drawn (data/layouts/unplaceable.json reasons), as the legend says it. */
const REASONS: Record<string, StringKey> = {
  unnamed: 'reasonUnnamed',
  'missing-places': 'reasonMissingPlaces',
  undelimited: 'reasonUndelimited',
  routes: 'reasonRoutes',
  'not-spatial': 'reasonNotSpatial',
};

/** Whose the members are, over the whole plan: all the text's, all our reading, or which elements are ours. */
function membersLine(details: LayoutDetails, lang: Lang): HTMLElement | null {
  const known = details.elements.filter((e) => e.membership);
  if (known.length === 0) return null;
  const readings = known.filter((e) => e.membership === 'reading');
  const line = document.createElement('p');
  line.className = `layout-legend-members is-${readings.length ? 'reading' : 'text'}`;
  if (readings.length === 0) line.textContent = t(lang, 'planMembersAllText');
  else if (readings.length === details.elements.length) line.textContent = t(lang, 'planMembersAllReading');
  else {
    // By part: a part whose every element is a reading is named once, with its count (多点支撑 (8)).
    const names: string[] = [];
    for (const part of [...new Set(readings.map((e) => e.part))]) {
      const all = details.elements.filter((e) => e.part === part);
      const ours = readings.filter((e) => e.part === part);
      if (ours.length === all.length && ours.length > 2) names.push(`${part} (${ours.length})`);
      else names.push(...ours.map((e) => e.label[lang]));
    }
    line.textContent = `${t(lang, 'planMembersSome')}: ${names.join(lang === 'zh' ? '、' : ', ')}`;
  }
  return line;
}

/** The parts of the formula the overlay leaves out, each with its reason and the line it stands on. */
function undrawnList(details: LayoutDetails, lang: Lang, onSource: (ref: SourceRef) => void): HTMLElement | null {
  if (details.undrawn.length === 0) return null;
  const box = document.createElement('div');
  box.className = 'layout-legend-undrawn';
  const heading = document.createElement('h3');
  heading.textContent = t(lang, 'planUndrawn');
  const list = document.createElement('ul');
  for (const u of details.undrawn) {
    const item = document.createElement('li');
    const formula = document.createElement('button');
    formula.type = 'button';
    formula.className = 'link-button';
    formula.textContent = `“${u.formula}”`;
    formula.title = `${t(lang, 'openSource')}: ${t(lang, 'line')} ${u.line}`;
    formula.addEventListener('click', () => onSource({ doc: u.doc, line: u.line, text: u.formula }));
    const reason = document.createElement('span');
    reason.className = 'undrawn-reason';
    reason.textContent = ` ${REASONS[u.reason] ? t(lang, REASONS[u.reason]!) : u.reason}`;
    const detail = document.createElement('span');
    detail.className = 'undrawn-detail';
    detail.textContent = u.detail[lang];
    item.append(formula, reason, detail);
    list.append(item);
  }
  box.append(heading, list);
  return box;
}

const SVG = 'http://www.w3.org/2000/svg';

/** A swatch drawn the way the map draws the kind. */
function swatch(kind: string): SVGSVGElement {
  const style = LAYOUT_STYLE[kind]!;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', '28');
  svg.setAttribute('height', '16');
  svg.setAttribute('aria-hidden', 'true');
  const shape =
    kind === 'node'
      ? document.createElementNS(SVG, 'circle')
      : kind === 'link'
        ? document.createElementNS(SVG, 'line')
        : document.createElementNS(SVG, 'rect');
  if (kind === 'node') {
    shape.setAttribute('cx', '14');
    shape.setAttribute('cy', '8');
    shape.setAttribute('r', '5');
    shape.setAttribute('fill', rgba(style.fill));
    shape.setAttribute('stroke', '#fff');
  } else if (kind === 'link') {
    shape.setAttribute('x1', '2');
    shape.setAttribute('y1', '8');
    shape.setAttribute('x2', '26');
    shape.setAttribute('y2', '8');
    shape.setAttribute('stroke', rgba(style.line));
    shape.setAttribute('stroke-width', '2');
    shape.setAttribute('stroke-dasharray', '5 3');
  } else {
    shape.setAttribute('x', '2');
    shape.setAttribute('y', '2');
    shape.setAttribute('width', '24');
    shape.setAttribute('height', '12');
    shape.setAttribute('rx', kind === 'circle' || kind === 'cluster' ? '6' : '1');
    shape.setAttribute('fill', rgba(style.fill));
    shape.setAttribute('stroke', kind === 'belt' || kind === 'axis' ? 'none' : rgba(style.line));
    shape.setAttribute('stroke-width', kind === 'core' ? '2' : '1.4');
    if (kind === 'circle') shape.setAttribute('stroke-dasharray', '4 3');
    if (kind === 'cluster') shape.setAttribute('stroke-dasharray', '2 2');
  }
  svg.append(shape);
  return svg;
}

/**
 * The legend of a plan overlay: its formula and title, a swatch per element kind present, whose the
 * members are (the text's or our reading), the parts of the formula not drawn and why, the source
 * line, and the words that it is a schematic, not a statutory plan.
 */
export function layoutLegend(entry: LayoutIndexEntry, lang: Lang, onSource: (ref: SourceRef) => void, details?: LayoutDetails): HTMLElement {
  const box = document.createElement('section');
  box.className = 'layout-legend';
  box.setAttribute('aria-label', t(lang, 'layoutLegend'));
  const formula = document.createElement('h2');
  formula.textContent = `“${entry.formula}”`;
  const title = document.createElement('p');
  title.className = 'layout-legend-title';
  title.textContent = entry.title[lang];
  const list = document.createElement('ul');
  for (const kind of Object.keys(LAYOUT_STYLE).filter((k) => entry.kinds.includes(k))) {
    const item = document.createElement('li');
    const name = document.createElement('span');
    name.textContent = LAYOUT_STYLE[kind]!.name[lang];
    item.append(swatch(kind), name);
    list.append(item);
  }
  const source = document.createElement('button');
  source.type = 'button';
  source.className = 'link-button layout-legend-source';
  source.textContent = `${t(lang, 'sourceOf')}: ${t(lang, 'line')} ${entry.source.line}`;
  source.addEventListener('click', () => onSource({ doc: entry.source.doc, line: entry.source.line, text: entry.formula }));
  const warning = document.createElement('p');
  warning.className = 'layout-legend-schematic';
  warning.textContent = t(lang, 'schematic');
  // Our reading of where things are, said where the schematic warning is: positions and sizes are not the documents'.
  const positions = document.createElement('p');
  positions.className = 'layout-legend-positions';
  positions.textContent = t(lang, 'planPositionsNote');
  const members = details ? membersLine(details, lang) : null;
  const undrawn = details ? undrawnList(details, lang, onSource) : null;
  box.append(formula, title, list, ...(members ? [members] : []), ...(undrawn ? [undrawn] : []), source, warning, positions);
  return box;
}
