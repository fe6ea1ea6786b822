/**
 * Article text from a saved page the way a reader sees it: Mozilla's Readability on a linkedom
 * document, read into blocks by the extension's own block reader (a paragraph, heading, list item
 * or table row each), with the page's title, site and date where present. A page Readability
 * finds no article in is read whole (its body, without scripts, navigation or forms).
 */
import { Readability } from '@mozilla/readability';
import { NodeFilter, parseHTML } from 'linkedom';
import { readBlocks } from '../lib/dom/text-blocks';

// The block reader walks text with a TreeWalker and NodeFilter, which Node lacks as a global.
(globalThis as { NodeFilter?: unknown }).NodeFilter ??= NodeFilter;

export interface ExtractedArticle {
  title?: string;
  site?: string;
  date?: string;
  blocks: string[];
  /** Whether Readability found the article (else the whole body was read). */
  readable: boolean;
}

/** Markup that is never article text; dropping it before parsing saves the parser's time. */
const NEVER_TEXT = /<(script|style|noscript|template|svg)\b[^>]*>[\s\S]*?<\/\1\s*>|<!--[\s\S]*?-->/gi;

const META_DATE = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[name="pubdate"]',
  'meta[name="parsely-pub-date"]',
];

const clean = (s: string | null | undefined) => {
  const t = s?.replace(/\s+/g, ' ').trim();
  return t ? t : undefined;
};

function metaDate(document: Document): string | undefined {
  for (const sel of META_DATE) {
    const v = clean(document.querySelector(sel)?.getAttribute('content'));
    if (v) return v;
  }
  const time = document.querySelector('article time[datetime], time[datetime]');
  return clean(time?.getAttribute('datetime')) ?? clean(time?.textContent);
}

const blockTexts = (root: Node) =>
  readBlocks(root)
    .map((b) => b.text.replace(/[ \t\f\v\u00a0]+/g, ' ').trim())
    .filter(Boolean);

/**
 * A linkedom document for the page. linkedom builds no <html>/<body> around a fragment (a page
 * saved without them, or broken markup), so one is put around it.
 */
function parse(html: string): Document {
  const stripped = html.replace(NEVER_TEXT, '');
  const whole = /<(html|body)[\s>]/i.test(stripped) ? stripped : `<!doctype html><html><head></head><body>${stripped}</body></html>`;
  return parseHTML(whole).document as unknown as Document;
}

export function extractHtml(html: string): ExtractedArticle {
  const doc = parse(html);
  // Metadata is read before Readability rewrites the document.
  const site = clean(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const date = metaDate(doc);
  const pageTitle = clean(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')) ?? clean(doc.querySelector('title')?.textContent) ?? clean(doc.querySelector('h1')?.textContent);

  let article: ReturnType<Readability<Element>['parse']>;
  try {
    article = new Readability<Element>(doc, { serializer: (el) => el as Element, disableJSONLD: false }).parse();
  } catch {
    article = null;
  }
  const blocks = article?.content ? blockTexts(article.content) : [];
  const meta = {
    ...((clean(article?.title) ?? pageTitle) && { title: clean(article?.title) ?? pageTitle }),
    ...((clean(article?.siteName) ?? site) && { site: clean(article?.siteName) ?? site }),
    ...((clean(article?.publishedTime) ?? date) && { date: clean(article?.publishedTime) ?? date }),
  };
  if (blocks.length) return { ...meta, blocks, readable: true };

  // No article found: read the whole body of a fresh parse (Readability has rewritten the first).
  const again = parse(html);
  const body = again.body ?? again.documentElement;
  if (!body) return { ...meta, blocks: [], readable: false };
  for (const el of body.querySelectorAll('nav, form, button, select, [aria-hidden="true"]')) el.remove();
  return { ...meta, blocks: blockTexts(body), readable: false };
}
