import { type ArticleSentence, splitSentences } from '../lib/text/sentences';
import articleText from './article.txt?raw';

/** sha256 of `data/article.txt`; a test fails if the file's bytes ever change. */
export const ARTICLE_SHA256 = '7cea3dd2b3546202d64e4c6f499f64105a1a629a028a0e7306029a0ff377eaab';

let sentences: readonly ArticleSentence[] | null = null;

/** The bundled article: its verbatim text, metadata and sentences (index 0 is the headline). */
export const ARTICLE = {
  text: articleText,
  headline: 'John Kerry heads to Moscow for tough Syria, Ukraine talks',
  dateline: 'Paris',
  year: 2015,
  /**
   * Split on first use, not when the module loads: the content script loads it on every page,
   * and only a card or the article page needs the sentences (~2 ms per page load otherwise).
   */
  get sentences(): readonly ArticleSentence[] {
    sentences ??= splitSentences(articleText);
    return sentences;
  },
} as const;
