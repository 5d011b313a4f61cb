import type { Entity } from '../../data/types';
import { type ArticleSentence, splitSentences } from '../text/sentences';

/** The id of the article shipped with the extension (data/). */
export const BUNDLED_ID = 'bundled';

/** What is kept of an article: everything but what is derived from its text. */
export interface ArticleData {
  /** Stable id: {@link BUNDLED_ID}, or the one given when the article was added. */
  id: string;
  /** The headline. */
  title: string;
  /** The site or publication, e.g. "Reuters"; may be empty. */
  site: string;
  /** Where the article was read; empty for a pasted text with no source. */
  url: string;
  /** The authors as the page gives them; may be empty. */
  byline: string;
  /** Date of publication, ISO 8601 (`2015-03-24`, or `2015` when only the year is known); may be empty. */
  published: string;
  /** The place the article was written from ("Paris"); may be empty. */
  dateline: string;
  /** The article's text, verbatim: data only, never rendered as HTML. */
  text: string;
  /** The people, places and organisations it names, with aliases, roles, backgrounds and vetoes. */
  entities: readonly Entity[];
}

/** An article Backstory knows, the bundled one or one the reader added: its data and its sentences. */
export interface Article extends ArticleData {
  /** The text's sentences, split on first use (deep links address them by index). */
  readonly sentences: readonly ArticleSentence[];
}

/** The article of `data`, its sentences split from the text the first time they are asked for. */
export function articleFrom(
  data: ArticleData,
  split: (text: string) => readonly ArticleSentence[] = splitSentences,
): Article {
  let sentences: readonly ArticleSentence[] | null = null;
  return {
    ...data,
    get sentences() {
      sentences ??= split(data.text);
      return sentences;
    },
  };
}

/** The kept part of an article (what the library stores and exports). */
export function articleData(article: ArticleData): ArticleData {
  const { id, title, site, url, byline, published, dateline, text, entities } = article;
  return { id, title, site, url, byline, published, dateline, text, entities };
}

/** The year an article was published, if its date says. */
export function publishedYear(article: Pick<ArticleData, 'published'>): number | undefined {
  const year = Number(/^\d{4}/.exec(article.published)?.[0]);
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/** Whether a typed date is ISO 8601: a year, a month or a day, with a time or not ("2015-03-24"). */
export function isPublishedDate(date: string): boolean {
  return /^\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01])(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?)?)?$/.test(
    date,
  );
}
