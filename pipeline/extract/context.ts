import type { Span } from './span';
import { findYears } from './years';

/** Where a paragraph stands in its pilot's section. */
export type ParagraphContext = {
  readonly intro: boolean;
  readonly inTargetSection: boolean;
  readonly carriedYear: number | null;
  readonly heading: boolean;
};

/** Top-level outline headings: “一、总体目标”, “第三节  主要目标”, “二、實施新一輪…”. */
const TOP_HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节])/u;
/** Any outline heading, “（一）…” included. */
const ANY_HEADING = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十百]+[章节]|[(（][一二三四五六七八九十]+[)）])/u;

const isHeading = (p: Span, re: RegExp): boolean => re.test(p.text) && !p.text.includes('。');

/** A paragraph that opens with its target year and goes on to list goals (“到2025年，…实现“七个显著提升”。”). */
function openingTargetYear(p: Span): number | null {
  const first = findYears(p.text)[0];
  if (!first || first.type !== 'target') return null;
  return /^(?:——|-)?(?:力争|争取)?到?$/u.test(p.text.slice(0, first.start).replace(/到$/u, '')) ? first.year : null;
}

/**
 * Context of each paragraph of a section: before the first heading (the pilot's description), under a
 * heading about 目标 (goals), and the target year a preceding “到YEAR年，…” paragraph of the same
 * goals section lends to the paragraphs after it.
 */
export function paragraphContexts(paras: readonly Span[]): ParagraphContext[] {
  let seenHeading = false;
  let inTarget = false;
  let carried: number | null = null;
  return paras.map((p) => {
    if (isHeading(p, ANY_HEADING)) {
      carried = null;
      if (isHeading(p, TOP_HEADING)) {
        seenHeading = true;
        inTarget = p.text.includes('目标');
      }
      return { intro: false, inTargetSection: inTarget, carriedYear: null, heading: true };
    }
    const ctx = { intro: !seenHeading, inTargetSection: inTarget, carriedYear: carried, heading: false };
    const opening = inTarget ? openingTargetYear(p) : null;
    if (opening !== null) carried = opening;
    return ctx;
  });
}
