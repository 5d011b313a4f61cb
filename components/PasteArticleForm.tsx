import { useState } from 'preact/hooks';
import { isPublishedDate } from '../lib/library/article';
import { readerMessage } from '../lib/library/library-error';
import type { ArticleSource } from '../lib/library/new-article';

/** What the reader typed in the form (kept across a refusal, and a cancelled review). */
export interface PastedArticle {
  text: string;
  title: string;
  /** ISO 8601 or a year; may be empty. */
  published: string;
  site: string;
  url: string;
}

/** An empty form. */
export const NO_PASTE: PastedArticle = { text: '', title: '', published: '', site: '', url: '' };

/** Props of {@link PasteArticleForm}. */
export interface PasteArticleFormProps {
  value: PastedArticle;
  /** Called with the field the reader changed (several can change before the next render). */
  onInput: (change: Partial<PastedArticle>) => void;
  /** Finds the article's names and opens the review; a rejection's message is shown. */
  onSubmit: (source: ArticleSource) => Promise<void>;
}

/** The article of a paste, or the reason the form cannot be sent yet. */
export function pastedSource(pasted: PastedArticle): ArticleSource | { problem: string } {
  const published = pasted.published.trim();
  if (published && !isPublishedDate(published)) {
    return { problem: 'Write the date as a year (2015) or a day (2015-03-24), or leave it empty.' };
  }
  const url = pasted.url.trim();
  let host = '';
  if (url) {
    const parsed = URL.canParse(url) ? new URL(url) : null;
    if (!parsed || !/^https?:$/.test(parsed.protocol)) {
      return { problem: 'The URL should be a web address (https://…), or left empty.' };
    }
    host = parsed.hostname.replace(/^www\./, '');
  }
  // A URL alone names its site.
  const site = pasted.site.trim() || host;
  return { text: pasted.text, title: pasted.title, published, site, url };
}

/** "Paste an article": its text, title, date and source; sending it finds its names. */
export function PasteArticleForm({ value, onInput, onSubmit }: PasteArticleFormProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  const field = (name: keyof PastedArticle) => (event: { currentTarget: { value: string } }) =>
    onInput({ [name]: event.currentTarget.value });
  const submit = async (event: Event) => {
    event.preventDefault();
    const source = pastedSource(value);
    if ('problem' in source) return setError(source.problem);
    setError('');
    setBusy(true);
    try {
      await onSubmit(source);
    } catch (failure) {
      setError(readerMessage(failure, 'The names of this article could not be found.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section aria-labelledby="backstory-paste">
      <h3 id="backstory-paste">Paste an article</h3>
      <form class="paste-form" onSubmit={submit} aria-busy={busy}>
        <label>
          Text
          <textarea rows={8} value={value.text} onInput={field('text')} />
        </label>
        <label>
          Title
          <input value={value.title} onInput={field('title')} />
        </label>
        <label>
          Date <span class="muted">(optional: 2015 or 2015-03-24)</span>
          <input value={value.published} onInput={field('published')} />
        </label>
        <label>
          Site <span class="muted">(optional)</span>
          <input value={value.site} onInput={field('site')} />
        </label>
        <label>
          URL <span class="muted">(optional)</span>
          <input type="url" value={value.url} onInput={field('url')} />
        </label>
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
        <button type="submit" class="primary" disabled={busy}>
          {busy ? 'Finding the names…' : 'Find the names'}
        </button>
        {/* Always there, so screen readers hear the text that appears in it. */}
        <p role="status" class="muted">
          {busy ? 'Finding the people, places and organisations of the article…' : ''}
        </p>
      </form>
    </section>
  );
}
