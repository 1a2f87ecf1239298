// A small well-formedness check for the SVG strings, since node has no XML parser: walks the text once,
// keeping a stack of open elements. It checks what our writer could get wrong (unclosed or crossed tags,
// unquoted or duplicate attributes, a raw < or a bare & in text or attribute values); the browser test
// (tests/browser/export-svg.test.ts) parses the same documents with Chromium's DOMParser.

const NAME = /^[A-Za-z_][\w.:-]*/;
const ENTITY = /^&(?:[a-z]+|#\d+|#x[0-9a-fA-F]+);/;

/** Problems found, each naming the character offset; [] for a well-formed document. */
export function xmlProblems(text: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  let i = 0;
  let roots = 0;
  const checkAmp = (s: string, at: number) => {
    for (let k = s.indexOf('&'); k >= 0; k = s.indexOf('&', k + 1)) {
      if (!ENTITY.test(s.slice(k))) problems.push(`${at + k}: bare &`);
    }
  };
  if (text.startsWith('<?xml')) i = text.indexOf('?>') + 2;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const chunk = lt < 0 ? text.slice(i) : text.slice(i, lt);
    if (stack.length === 0 && chunk.trim() !== '') problems.push(`${i}: text outside the root`);
    if (chunk.includes('>')) problems.push(`${i + chunk.indexOf('>')}: raw > in text`);
    checkAmp(chunk, i);
    if (lt < 0) break;
    const gt = text.indexOf('>', lt);
    if (gt < 0) return [...problems, `${lt}: tag never ends`];
    const tag = text.slice(lt + 1, gt);
    if (tag.startsWith('/')) {
      const name = tag.slice(1).trim();
      const open = stack.pop();
      if (open !== name) problems.push(`${lt}: </${name}> closes <${open ?? 'nothing'}>`);
    } else {
      const selfClosing = tag.endsWith('/');
      const body = selfClosing ? tag.slice(0, -1) : tag;
      const name = NAME.exec(body)?.[0];
      if (!name) {
        problems.push(`${lt}: bad tag name`);
      } else {
        if (stack.length === 0 && ++roots > 1) problems.push(`${lt}: second root <${name}>`);
        let rest = body.slice(name.length);
        const seen = new Set<string>();
        while (rest.trim() !== '') {
          const m = /^\s+([A-Za-z_][\w.:-]*)="([^"]*)"/.exec(rest);
          if (!m) {
            problems.push(`${lt}: bad attribute in <${name}> near "${rest.slice(0, 20)}"`);
            break;
          }
          if (seen.has(m[1]!)) problems.push(`${lt}: duplicate attribute ${m[1]} in <${name}>`);
          seen.add(m[1]!);
          if (m[2]!.includes('<')) problems.push(`${lt}: raw < in attribute ${m[1]}`);
          checkAmp(m[2]!, lt);
          rest = rest.slice(m[0].length);
        }
        if (!selfClosing) stack.push(name);
      }
    }
    i = gt + 1;
  }
  if (stack.length > 0) problems.push(`end: unclosed ${stack.map((n) => `<${n}>`).join(' ')}`);
  if (roots === 0) problems.push('no root element');
  return problems;
}
