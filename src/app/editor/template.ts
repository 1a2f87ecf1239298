/** The spec a new layout starts from: 烟台's “一核两带” (its plan, line 407), to be changed into one's own. */
export const DRAFT_TEMPLATE = {
  id: 'draft',
  formula: '一核两带',
  title: { zh: '新格局草稿', en: 'Draft layout' },
  pilot: 'yantai',
  source: { doc: 'yantai', line: 407 },
  parts: [
    { part: '一核', elements: [{ kind: 'core', label: '核', area: [{ place: '芝罘区' }] }] },
    {
      part: '两带',
      elements: [
        { kind: 'belt', label: '北带', through: [{ place: '龙口市' }, { place: '蓬莱市' }, { place: '芝罘区' }], widthKm: 10 },
        { kind: 'belt', label: '南带', through: [{ place: '莱阳市' }, { place: '海阳市' }], widthKm: 10 },
      ],
    },
  ],
};
