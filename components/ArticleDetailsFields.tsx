import type { ArticleDetails } from '../lib/library/article-details';

/** Props of {@link ArticleDetailsFields}. */
export interface ArticleDetailsFieldsProps {
  value: ArticleDetails;
  /** Called with the field the reader changed (several can change before the next render). */
  onInput: (change: Partial<ArticleDetails>) => void;
}

/** An article's title, date, site and URL as form fields (in the paste form and the review). */
export function ArticleDetailsFields({ value, onInput }: ArticleDetailsFieldsProps) {
  const field = (name: keyof ArticleDetails) => (event: { currentTarget: { value: string } }) =>
    onInput({ [name]: event.currentTarget.value });
  return (
    <>
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
    </>
  );
}
