/**
 * Who a sentence is about. A sentence that opens with a place name and a verb of being or lying
 * (“白城市是吉林省西部区域中心城市，全市幅员面积 2.6 万平方公里…”) speaks of that place; the
 * sentences after it in the paragraph do too, until another place opens a sentence. Figures are
 * only the pilot's while the subject is the pilot (林海镇 line 892: the 白城市 figures are not;
 * section-values.ts applies this with place.ts isPilotName).
 */

/** Outline markers and bullets before a sentence's first word. */
const LEAD = /^(?:——|—|-\s*|\d{1,2}[.、](?!\d)|[(（][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)+/u;

/** A place name (no verbs or function words inside) followed by 是/位于/地处/隶属/为/与/距. */
const SUBJECT =
  /^((?:(?![是的为在和与、，,。])[\p{Script=Han}—()（）]){1,15}?(?:市|县|区|镇|州|旗|乡|盟|地区))(?=是|位于|地处|隶属|属于|属|地跨|坐落|距|与|为)/u;

/** Openings that make the words after them an object, not a subject (“以打造区域性中心城市为目标”). */
const NOT_A_SUBJECT = /^(?:以|在|按|对|把|将|从|向|由|经|通过|围绕|坚持|推进|推动|加快|建设|打造|实施|支持|构建|形成|发挥|依托|高标准|高水平|高质量)/u;

export function sentenceSubject(text: string): string | null {
  const body = text.replace(LEAD, '');
  if (NOT_A_SUBJECT.test(body)) return null;
  return SUBJECT.exec(body)?.[1] ?? null;
}

/**
 * Sub-areas a sentence turns to (“高标准建设黄渤海新区，…常住人口规模达到65万人左右”,
 * “支持龙口加快推进…。到2025年，常住人口城镇化率达到72%”): the name after an opening verb of
 * support or building, when it ends like an area (新区, 片区…) or is one of `known` (names the
 * document's own tables use for its sub-areas, e.g. 龙口市). Returns null when there is none.
 */
const TOPIC_VERB = /^(?:支持|推动|指导|鼓励|高标准建设|高水平建设|高质量建设|加快建设)/u;
const AREA_NAME = /^(\p{Script=Han}{2,10}?(?:新区|片区|试验区|示范区))/u;

export function sentenceTopic(text: string, known: readonly string[]): string | null {
  const body = text.replace(LEAD, '');
  const verb = TOPIC_VERB.exec(body);
  if (!verb) return null;
  const rest = body.slice(verb[0].length);
  const k = known.find((name) => rest.startsWith(name) || rest.startsWith(name.replace(/[市县区]$/u, '')));
  if (k !== undefined) return k;
  return AREA_NAME.exec(rest)?.[1] ?? null;
}

/** Topics of a paragraph's sentences: a topic holds until the next sentence that names another. */
export function topics(sentenceTexts: readonly string[], known: readonly string[]): (string | null)[] {
  let current: string | null = null;
  return sentenceTexts.map((t) => {
    const topic = sentenceTopic(t, known);
    if (topic !== null) current = topic;
    return current;
  });
}
