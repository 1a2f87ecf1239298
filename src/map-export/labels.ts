import { t } from '../app/i18n.ts';
import type { Lang } from '../core/url-state.ts';

/** "资料来源：… 制图日期：…" / "Source: … · Map date: …" */
export const sourceLine = (source: string, date: string, lang: Lang): string =>
  `${t(lang, 'sourcePrefix')}${source}${lang === 'zh' ? '　' : ' · '}${t(lang, 'mapDate')}${date}`;
