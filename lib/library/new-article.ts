import type { Entity } from '../../data/types';
import { BUNDLED_ARTICLE } from './bundled-article';
import { extractEntities } from './extract-entities';
import { libraryEntities } from './library-entities';
import { checkText } from './library-error';
import type { NewArticle } from './library-store';
import type { ExtractedEntities } from './types';

/** What the reader gives (a pasted text) or the page yields (Readability and its metadata). */
export interface ArticleSource {
  title: string;
  text: string;
  url?: string;
  site?: string;
  byline?: string;
  /** ISO 8601, or a year; empty when unknown. */
  published?: string;
  dateline?: string;
}

/**
 * An article to add from its source: the text checked first (empty, over 1 MB: a
 * `LibraryError` before any work), then its people, places and organisations extracted, each
 * with the id of a known entity it is (the bundled article's by default). The reader sees it
 * before it is saved.
 */
export function newArticle(
  source: ArticleSource,
  known: readonly Entity[] = BUNDLED_ARTICLE.entities,
  extract: (title: string, text: string) => ExtractedEntities = extractEntities,
): NewArticle {
  checkText(source.text);
  const title = source.title.trim();
  const text = source.text.trim();
  return {
    title,
    site: source.site?.trim() ?? '',
    url: source.url?.trim() ?? '',
    byline: source.byline?.trim() ?? '',
    published: source.published?.trim() ?? '',
    dateline: source.dateline?.trim() ?? '',
    text,
    entities: libraryEntities(extract(title, text), known),
  };
}
