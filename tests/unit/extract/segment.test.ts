import { describe, expect, it } from 'vitest';
import { documentSections, extractCorpus, readDocument } from '../../../pipeline/extract/extract-corpus';
import { loadSources } from '../../../pipeline/extract/run';
import type { SourceDoc } from '../../../pipeline/extract/schema';
import { corpus, root } from './corpus';

const docs = loadSources(root);
const doc = (id: string) => docs.find((d) => d.id === id)!;
const sectionsOf = (d: SourceDoc) => {
  const { paras, title } = readDocument(d);
  return documentSections(d, paras, title);
};

describe('segmentation', () => {
  it('finds the 59 pilot sections of the batch document by their headings, in order', () => {
    const s = sectionsOf(doc('batch2'));
    expect(s).toHaveLength(59);
    expect(s[0]).toMatchObject({ pilotName: '北京市房山区', province: '北京市', unit: '房山区', headingLine: 77 });
    expect(s[58]).toMatchObject({ pilotName: '新疆维吾尔自治区北泉镇', headingLine: 3693 });
    expect(s.map((x) => x.pilotName)).toContain('上海市浦东新区（临港地区）');
    expect(s.map((x) => x.pilotName)).toContain('湖南省津市市—澧县');
  });

  it('does not take the table of contents or the document title for pilot headings', () => {
    expect(sectionsOf(doc('batch2')).every((x) => x.headingLine >= 77)).toBe(true);
  });

  it('gives every other document one pilot, named after the place its title starts with', () => {
    expect(['changle', 'minhou', 'yantai', 'fuzhou'].map((id) => sectionsOf(doc(id)).map((x) => x.pilotName))).toEqual([
      ['长乐市'],
      ['闽侯县'],
      ['烟台市'],
      ['福州市'],
    ]);
  });

  it('uses stable ids of its own in heading order when no gazetteer is given', () => {
    const ids = [...new Set(corpus().records.map((r) => r.pilot))];
    expect(ids).toContain('batch2-01');
    expect(ids).toContain('changle');
    expect(corpus().report.unjoined).toHaveLength(63);
  });
});

describe('malformed sources', () => {
  const base: SourceDoc = { id: 'x', file: 'x.txt', title: 'X', sha256: '', script: 'simplified', kind: 'pilot_plan', text: '' };

  it('an empty text is an error naming the file', () => {
    expect(() => extractCorpus([{ ...base, text: ' \n \n' }])).toThrowError(/x\.txt: empty text/);
  });

  it('a pilot batch without pilot headings is an error naming the file and what was expected', () => {
    const batch = { ...base, file: 'batch.txt', kind: 'pilot_batch', text: '第二批国家新型城镇化综合试点 工作方案要点\n\n正文。' };
    expect(() => extractCorpus([batch])).toThrowError(/batch\.txt: no pilot headings found in a pilot_batch document/);
  });
});
