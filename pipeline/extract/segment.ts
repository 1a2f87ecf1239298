import { isHeadingText } from './paragraphs';
import { lineAt, origText, sliceSpan, type Span } from './span';

/** A pilot's part of a document: its heading and the paragraphs under it. */
export type Section = {
  /** Name as the source writes it, e.g. “上海市浦东新区（临港地区）”, “长乐市”. */
  readonly pilotName: string;
  /** Simplified, width-folded name used for matching (“上海市浦东新区(临港地区)”). */
  readonly name: string;
  /** The unit without its province (“浦东新区(临港地区)”, “房山区”). */
  readonly unit: string;
  /** Province-level name when the heading gives one (“北京市”, “湖南省”), else null. */
  readonly province: string | null;
  /** 1-based line of the heading (of the title for single-pilot documents). */
  readonly headingLine: number;
  /** 1-based position of the heading within its document (1 for single-pilot documents). */
  readonly order: number;
  readonly paragraphs: readonly Span[];
};

/** Province-level prefix of a heading: a province, an autonomous region or one of the four municipalities. */
const PROVINCE = /^(\p{Script=Han}{2,3}省|\p{Script=Han}{2,8}?自治区|(?:北京|天津|上海|重庆)市)/u;

/** “北京市房山区国家新型城镇化综合试点工作方案要点” → “北京市房山区”. */
const BATCH_HEADING = /^(.+?)国家新型城镇化(?:综合)?(?:试点)?(?:综合试点)?工作方案要点$/u;

/** Leading place name of a document title: “长乐市推进港城联动…” → “长乐市”. */
const TITLE_PLACE = /^(\p{Script=Han}{2,8}?(?:市|县|区|州|旗|盟))/u;

function splitProvince(name: string): { province: string | null; unit: string } {
  const m = PROVINCE.exec(name);
  if (!m || m[1] === undefined || m[1].length >= name.length) return { province: null, unit: name };
  return { province: m[1], unit: name.slice(m[1].length) };
}

/** Headings of a pilot batch: “<province><unit>国家新型城镇化综合试点工作方案要点”, province required. */
export function batchHeading(paragraph: Span): { name: string; pilotName: string } | null {
  const m = BATCH_HEADING.exec(paragraph.text);
  const name = m?.[1];
  if (name === undefined || !PROVINCE.test(name) || isHeadingText(paragraph.text)) return null;
  return { name, pilotName: origText(sliceSpan(paragraph, 0, name.length)) };
}

/**
 * A pilot batch → one section per pilot heading, in heading order. Returns [] when the document
 * has no heading (the caller reports that as a malformed source).
 */
export function segmentBatch(paras: readonly Span[]): Section[] {
  const heads = paras.flatMap((p, i) => {
    const h = batchHeading(p);
    return h ? [{ ...h, index: i }] : [];
  });
  return heads.map((h, k) => {
    const end = heads[k + 1]?.index ?? paras.length;
    const head = paras[h.index];
    const { province, unit } = splitProvince(h.name);
    return {
      pilotName: h.pilotName,
      name: h.name,
      unit,
      province,
      headingLine: head ? lineAt(head, 0) : 1,
      order: k + 1,
      paragraphs: paras.slice(h.index + 1, end),
    };
  });
}

/**
 * A single-pilot document → one section named after the place its title starts with
 * (“闽侯县城乡融合发展试验区实施方案” → 闽侯县). `simplifiedTitle` is the title after conversion,
 * `title` as the manifest gives it.
 */
export function segmentSingle(paras: readonly Span[], title: string, simplifiedTitle: string): Section {
  const m = TITLE_PLACE.exec(simplifiedTitle);
  const name = m?.[1] ?? simplifiedTitle;
  const pilotName = m?.[1] !== undefined ? title.slice(0, name.length) : title;
  const titleLine = paras.find((p) => p.text.includes(name));
  return {
    pilotName,
    name,
    unit: name,
    province: null,
    headingLine: titleLine ? lineAt(titleLine, 0) : 1,
    order: 1,
    paragraphs: paras,
  };
}
