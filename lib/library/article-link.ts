import { BUNDLED_ID } from './article';

/** The query parameter of the article page naming the article it shows. */
export const ARTICLE_PARAM = 'article';

/**
 * The extension path of the article page showing `articleId`, at a sentence if given
 * (`/article.html?article=<id>#s-12`). The sentence stays in the hash, as in the links made
 * before the library: those (`/article.html#s-12`) still open the bundled article.
 */
export function articlePath(articleId: string, sentenceIndex?: number): `/article.html${string}` {
  const query = `?${ARTICLE_PARAM}=${encodeURIComponent(articleId)}`;
  return `/article.html${query}${sentenceIndex === undefined ? '' : `#s-${sentenceIndex}`}`;
}

/** The id of the article an article page's query asks for: the bundled one when it names none. */
export function articleIdFromSearch(search: string): string {
  return new URLSearchParams(search).get(ARTICLE_PARAM) || BUNDLED_ID;
}
