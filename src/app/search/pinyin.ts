/**
 * Initials of a pinyin word, from the English names alone (no dictionary dependency):
 * "Fangshan" → "fs", "Yuanbaoshan" → "ybs". The word is split into valid pinyin syllables; where
 * several splits exist (apostrophe rule first, see splits), the one with as many syllables as the Chinese name has characters wins
 * (西咸 "Xixian" → xi·xian, not xi·xi·an), else the one with fewest.
 */

/** The toneless syllables of Hanyu Pinyin (ü written v), grouped by initial. */
const SYLLABLES = new Set(
  [
    'a ai an ang ao e ei en eng er o ou',
    'ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu',
    'pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu',
    'ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu',
    'fa fan fang fei fen feng fo fou fu',
    'da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo',
    'ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo',
    'na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nun nuo nv nve',
    'la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lun luo lv lve',
    'ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo',
    'ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo',
    'ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo',
    'ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun',
    'qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun',
    'xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun',
    'zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo',
    'cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo',
    'sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo',
    'ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo',
    'za zai zan zang zao ze zei zen zeng zi zong zou zu zuan zui zun zuo',
    'ca cai can cang cao ce cen ceng ci cong cou cu cuan cui cun cuo',
    'sa sai san sang sao se sen seng si song sou su suan sui sun suo',
    'ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun',
    'wa wai wan wang wei wen weng wo wu',
  ]
    .join(' ')
    .split(' '),
);

/** Longest syllable (zhuang), letters. */
const LONGEST = 6;
/** Longest word split, letters: place names are far shorter; this bounds the work. */
const MAX_WORD = 24;

/**
 * Every split of a lowercase word into syllables (at most `limit` of them). Strict: no syllable but the
 * first starts with a, e or o, since pinyin writes an apostrophe there (Xi'an), so "lingang" is lin·gang.
 */
function splits(word: string, strict: boolean, limit = 32): string[][] {
  const memo = new Map<number, string[][]>();
  const from = (i: number): string[][] => {
    if (i === word.length) return [[]];
    const known = memo.get(i);
    if (known) return known;
    const out: string[][] = [];
    for (let n = Math.min(LONGEST, word.length - i); n >= 1 && out.length < limit; n--) {
      const head = word.slice(i, i + n);
      if (!SYLLABLES.has(head) || (strict && i > 0 && /^[aeo]/.test(head))) continue;
      for (const rest of from(i + n)) {
        out.push([head, ...rest]);
        if (out.length >= limit) break;
      }
    }
    memo.set(i, out);
    return out;
  };
  return from(0);
}

/** The syllables of one pinyin word, or null when it is not pinyin. `count`: the preferred number of syllables. */
export function syllables(word: string, count?: number): string[] | null {
  const w = word.toLowerCase();
  if (w.length === 0 || w.length > MAX_WORD || !/^[a-z]+$/.test(w)) return null;
  // Loose where strict fails: English names do not always mark the break (Zhungeer, 准格尔 zhun·ge·er).
  const strict = splits(w, true);
  const all = strict.length > 0 ? strict : splits(w, false);
  if (all.length === 0) return null;
  const preferred = count === undefined ? undefined : all.find((s) => s.length === count);
  return preferred ?? all.reduce((best, s) => (s.length < best.length ? s : best));
}

/**
 * Initials of the pinyin words of a name ("Yong'an" → "ya"), each word split on its own;
 * `hanCount`: characters of the Chinese name the words spell. Null when a word is not pinyin.
 */
export function pinyinInitials(words: readonly string[], hanCount?: number): string | null {
  const parts = words.map((w) => syllables(w, words.length === 1 ? hanCount : undefined));
  if (parts.some((p) => p === null)) return null;
  return parts.map((p) => (p as string[]).map((s) => s[0]).join('')).join('');
}
