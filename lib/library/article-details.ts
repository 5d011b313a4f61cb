import { isPublishedDate } from './article';

/** What the reader can say about an article besides its text: its title, date and source. */
export interface ArticleDetails {
  title: string;
  /** ISO 8601 or a year; may be empty. */
  published: string;
  site: string;
  url: string;
}

/**
 * The details as typed, trimmed and checked (a date as ISO 8601 or a year, a web address), the
 * site taken from the URL when only that is given; or what is wrong, for the reader.
 */
export function checkedDetails(typed: ArticleDetails): ArticleDetails | { problem: string } {
  const published = typed.published.trim();
  if (published && !isPublishedDate(published)) {
    return { problem: 'Write the date as a year (2015) or a day (2015-03-24), or leave it empty.' };
  }
  const url = typed.url.trim();
  let host = '';
  if (url) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      return { problem: 'The URL should be a web address (https://…), or left empty.' };
    }
    host = parsed.hostname.replace(/^www\./, '');
  }
  return { title: typed.title.trim(), published, site: typed.site.trim() || host, url };
}
