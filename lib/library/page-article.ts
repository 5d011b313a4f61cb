import { Readability } from '@mozilla/readability';
import { isPublishedDate } from './article';
import { LibraryError } from './library-error';
import type { ArticleSource } from './new-article';

/** Fewer characters than this is a teaser or a page of links, not an article to keep. */
const MIN_ARTICLE_CHARS = 400;

/** The elements whose text is a paragraph of the article (the innermost of them). */
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td, dd, dt';

/** The content of the first of these meta tags found, trimmed. */
function metaContent(doc: Document, selectors: readonly string[]): string {
  for (const selector of selectors) {
    const content = doc.querySelector(selector)?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return '';
}

/** The date a page says it was published, from its metadata (ISO 8601), if it says. */
function publishedDate(doc: Document, fromReadability: string | null | undefined): string {
  const candidates = [
    fromReadability ?? '',
    metaContent(doc, [
      'meta[property="article:published_time"]',
      'meta[name="article:published_time"]',
      'meta[itemprop="datePublished"]',
      'meta[name="date"]',
      'meta[name="dc.date"]',
      'meta[name="DC.date.issued"]',
      'meta[name="pubdate"]',
    ]),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? '',
  ];
  for (const candidate of candidates) {
    // The date of a timestamp ("2019-05-14T09:30:00Z"), as the library takes dates.
    const date = /^\d{4}-\d{2}-\d{2}|^\d{4}$/.exec(candidate.trim())?.[0];
    if (date && isPublishedDate(date)) return date;
  }
  return '';
}

/** The page's own address for the article (its canonical link), or where it was read. */
function canonicalUrl(doc: Document, url: string): string {
  const href = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  if (!href) return url;
  try {
    const canonical = new URL(href, url);
    return /^https?:$/.test(canonical.protocol) ? canonical.href : url;
  } catch {
    return url;
  }
}

/**
 * The article's text, a paragraph per block: Readability's `textContent` runs paragraphs
 * together ("…in Geneva.The talks…"), which would join sentences.
 */
function paragraphsOf(html: string, parse: (html: string) => Document): string {
  const body = parse(html).body;
  const blocks = [...body.querySelectorAll(BLOCKS)].filter((block) => !block.querySelector(BLOCKS));
  const texts = (blocks.length > 0 ? blocks : [body])
    .map((block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return texts.join('\n\n');
}

const parseHtml = (html: string) => new DOMParser().parseFromString(html, 'text/html');

/**
 * The article of a page, from a copy of its HTML (the page itself is never touched): its main
 * text by Readability, with title, byline, site, address and date from the page's metadata.
 * A page without an article (a home page, a search) is a `LibraryError` saying so.
 */
export function articleFromPage(
  html: string,
  url: string,
  parse: (html: string) => Document = parseHtml,
): ArticleSource {
  const doc = parse(html);
  // Read before Readability, which rewrites the document as it goes.
  const site = metaContent(doc, ['meta[property="og:site_name"]', 'meta[name="application-name"]']);
  const address = canonicalUrl(doc, url);
  const published = publishedDate(doc, undefined);
  const found = new Readability(doc).parse();
  const text = found?.content ? paragraphsOf(found.content, parse) : '';
  if (!found || text.length < MIN_ARTICLE_CHARS) {
    throw new LibraryError(
      'no-article',
      'No article was found on this page: Backstory adds pages with a main text, such as a news story. You can paste the text on the library page instead.',
    );
  }
  return {
    title: (found.title ?? '').trim() || doc.title.trim() || address,
    text,
    url: address,
    site: found.siteName?.trim() || site || hostnameOf(address),
    byline: found.byline?.trim() ?? '',
    published: publishedDate(doc, found.publishedTime) || published,
  };
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
}
