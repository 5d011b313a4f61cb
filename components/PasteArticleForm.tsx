import { useEffect, useRef, useState } from 'preact/hooks';
import { type ArticleDetails, checkedDetails } from '../lib/library/article-details';
import { readerMessage } from '../lib/library/library-error';
import type { ArticleSource } from '../lib/library/new-article';
import { ArticleDetailsFields } from './ArticleDetailsFields';

/** What the reader typed in the form (kept across a refusal, and a cancelled review). */
export interface PastedArticle extends ArticleDetails {
  text: string;
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
  /** Whether the form takes the focus when shown (back from a review that had it). */
  takeFocus?: boolean;
}

/** The article of a paste, or the reason the form cannot be sent yet. */
export function pastedSource(pasted: PastedArticle): ArticleSource | { problem: string } {
  const details = checkedDetails(pasted);
  return 'problem' in details ? details : { ...details, text: pasted.text };
}

/** "Paste an article": its text, title, date and source; sending it finds its names. */
export function PasteArticleForm({ value, onInput, onSubmit, takeFocus }: PasteArticleFormProps) {
  const [busy, setBusy] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Only on mount: the review it replaces had the focus.
  // biome-ignore lint/correctness/useExhaustiveDependencies: taken once, as the form appears
  useEffect(() => {
    if (takeFocus) headingRef.current?.focus();
  }, []);
  const [error, setError] = useState('');
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
      <h3 id="backstory-paste" ref={headingRef} tabIndex={-1}>
        Paste an article
      </h3>
      <form class="paste-form" onSubmit={submit} aria-busy={busy}>
        <label>
          Text
          <textarea
            rows={8}
            value={value.text}
            onInput={(event) => onInput({ text: event.currentTarget.value })}
          />
        </label>
        <ArticleDetailsFields value={value} onInput={onInput} />
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
