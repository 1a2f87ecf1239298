import { paragraphContexts } from './context';
import { subAreaScope } from './scope';
import { isPilotName, pilotAliases } from './place';
import type { Qualifier, RecordKind } from './schema';
import type { Section } from './segment';
import { sentences } from './sentences';
import { numberFirstValues } from './settled';
import { lineAt, origText } from './span';
import { sentenceSubject, topics } from './subject';
import { markerAt } from './time';
import { findYears, type YearType } from './years';
import { tableValues } from './table';
import { sentenceValues } from './values';

/** A value of a section, ready to become an IndicatorRecord once its pilot id is known. */
export type SectionValue = {
  readonly indicator: string;
  readonly unit: string;
  readonly kind: RecordKind;
  readonly year: number | null;
  readonly value: number;
  readonly qualifier: Qualifier;
  readonly scope: string | null;
  readonly line: number;
  readonly text: string;
};

/** A table sub-row label as a scope: “全国县城新型城镇化建设示范试点龙口市” → 龙口市; the pilot itself → null. */
export function labelScope(label: string | null, aliases: readonly string[]): string | null {
  if (label === null || aliases.includes(label)) return null;
  const i = label.lastIndexOf('试点');
  return i >= 0 && i + 2 < label.length ? label.slice(i + 2) : label;
}

/**
 * A figure the text gives without a sub-area that a table gives for one (烟台 line 436 “中心城区常住
 * 人口达到350万人以上,城镇化率达到83%左右” = 表1's 中心城区 row) takes the table row's scope.
 */
function scopeFromTable(v: SectionValue, table: readonly SectionValue[]): string | null {
  if (v.scope !== null) return v.scope;
  const same = table.filter((t) => t.indicator === v.indicator && t.kind === v.kind && t.year === v.year && t.value === v.value);
  const scoped = same.find((t) => t.scope !== null);
  return scoped && !same.some((t) => t.scope === null) ? scoped.scope : null;
}

/** One name per sub-area: a scope read from the text takes the table's fuller label when one holds it. */
function canonicalScope(scope: string | null, labels: readonly string[]): string | null {
  if (scope === null) return null;
  return labels.find((l) => l.includes(scope)) ?? scope;
}

const key = (v: SectionValue): string => [v.indicator, v.kind, v.year, v.value, v.scope ?? ''].join('|');

/**
 * Keep the first statement of each value, and drop a yearless goal that repeats a dated one
 * (梨树 line 741 restates line 739's “到2020年…60%” without its year).
 */
export function dedupe(values: readonly SectionValue[]): SectionValue[] {
  const seen = new Set<string>();
  const firsts = values.filter((v) => {
    const k = key(v);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  return firsts.filter(
    (v) =>
      !(v.kind === 'target' && v.year === null) ||
      !firsts.some((w) => w !== v && w.kind === 'target' && w.year !== null && w.indicator === v.indicator && w.value === v.value && w.scope === v.scope),
  );
}

/** All indicator values of a pilot's section: running text first, then its tables. */
export function sectionValues(section: Section, refYear: number | null): SectionValue[] {
  const aliases = pilotAliases(section.unit);
  const table = tableValues(section.paragraphs, refYear);
  const labels = [...new Set(table.map((t) => labelScope(t.label, aliases)).filter((s): s is string => s !== null))];
  const contexts = paragraphContexts(section.paragraphs);
  const out: SectionValue[] = [];
  section.paragraphs.forEach((para, i) => {
    const pc = contexts[i];
    if (!pc || pc.heading) return;
    const sents = sentences(para);
    const texts = sents.map((s) => s.text);
    const topic = topics(texts, labels);
    // Whose figures (a sentence opening with another place speaks of it, and so do those after it)
    // and which year runs on from the sentences before (reset when the subject changes).
    // A sentence about a named part of the pilot (“茂名高新技术产业开发区是…，全域面积 81 平方公里”,
    // batch line 2015) gives that part's figures: recorded with the part as their scope.
    let about = true;
    let part: string | null = null;
    let prior: { year: number; type: YearType } | null = null;
    sents.forEach((s, k) => {
      const subject = sentenceSubject(s.text);
      if (subject !== null) {
        part = isPilotName(subject, aliases) ? null : subAreaScope(subject, aliases);
        about = part !== null || isPilotName(subject, aliases);
        prior = null;
      }
      const before = texts.slice(0, k).join('');
      const ctx = { ...pc, refYear, aliases, topic: topic[k] ?? null, priorYear: prior, before };
      const last = markerAt(findYears(s.text), s.text.length);
      if (last) prior = { year: last.year, type: last.type };
      if (!about) return;
      for (const f of [...sentenceValues(s.text, ctx), ...numberFirstValues(s.text, ctx)]) {
        out.push({
          indicator: f.indicator,
          unit: f.unit,
          kind: f.kind,
          year: f.year,
          value: f.value,
          qualifier: f.qualifier,
          scope: canonicalScope(f.scope ?? part, labels),
          line: lineAt(s, f.at),
          text: origText(s),
        });
      }
    });
  });
  const fromTable: SectionValue[] = table.map((t) => {
    const { indicator, unit, kind, year, value, qualifier, line, text } = t;
    return { indicator, unit, kind, year, value, qualifier, scope: labelScope(t.label, aliases), line, text };
  });
  const fromText = out.map((v) => ({ ...v, scope: scopeFromTable(v, fromTable) }));
  return dedupe([...fromText, ...fromTable].sort((a, b) => a.line - b.line));
}
