/** DOM edge of page-language detection: the page's `lang`, its title and the text around a mention. */
import { chinesePageLanguage } from '@/lib/i18n/page-language';

const BLOCK = 'p, li, td, th, h1, h2, h3, h4, h5, h6, blockquote, figcaption, dd, dt, article, section, div';

/** The Chinese script of the page a mention is on, or null when the page is not Chinese. */
export function chineseLanguageAround(range: Range): 'zh-Hans' | 'zh-Hant' | null {
  const node = range.commonAncestorContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest(BLOCK) ?? element;
  const sample = `${document.title} ${(block?.textContent ?? '').slice(0, 2000)}`;
  return chinesePageLanguage(document.documentElement.getAttribute('lang'), sample);
}
