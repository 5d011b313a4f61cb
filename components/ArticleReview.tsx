import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { ENTITY_KINDS, KINDS } from '../lib/kinds';
import type { ArticleData } from '../lib/library/article';
import { type ArticleDetails, checkedDetails } from '../lib/library/article-details';
import { entityProblems } from '../lib/library/entity-edits';
import { readerMessage } from '../lib/library/library-error';
import { ArticleDetailsFields } from './ArticleDetailsFields';
import { type EntitiesEdit, EntityEditor } from './EntityEditor';

/** The part of an article the review shows besides its names. */
export type ReviewedArticle = Pick<
  ArticleData,
  'title' | 'site' | 'url' | 'published' | 'entities'
>;

/** Props of {@link ArticleReview}. */
export interface ArticleReviewProps {
  /** The section's heading ("Review before saving"). */
  heading: string;
  article: ReviewedArticle;
  /** The save button's text. */
  saveLabel: string;
  /** Whether the title, date, site and URL can be corrected (a new article's). */
  editDetails?: boolean;
  /** Saves the edited entities and details; a rejection's message (a `LibraryError`'s) is shown. */
  onSave: (entities: Entity[], details: ArticleDetails) => Promise<void>;
  onCancel: () => void;
}

/**
 * An article's details and every entity found in it, grouped by kind, each editable before it
 * is saved: a new article's before it is added, or a saved article's.
 */
export function ArticleReview({
  heading,
  article,
  saveLabel,
  editDetails = false,
  onSave,
  onCancel,
}: ArticleReviewProps) {
  const [entities, setEntities] = useState<Entity[]>(() => [...article.entities]);
  const [details, setDetails] = useState<ArticleDetails>(() => ({
    title: article.title,
    published: article.published,
    site: article.site,
    url: article.url,
  }));
  const [error, setError] = useState('');
  const [saving, setSaving] = useState(false);
  // Two reviews can be open at once (a new article's, a saved one's): ids of their own.
  const ids = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // The review replaces what the reader was on: it takes the focus, so the keyboard lands here.
  useEffect(() => headingRef.current?.focus(), []);
  const edit = (change: EntitiesEdit) => {
    setEntities((all) => change(all));
    setError('');
  };
  const save = async (event: Event) => {
    event.preventDefault();
    const checked = checkedDetails(details);
    if ('problem' in checked) return setError(checked.problem);
    const [problem] = entityProblems(entities);
    if (problem) return setError(problem);
    setSaving(true);
    try {
      await onSave(entities, checked);
    } catch (failure) {
      setError(readerMessage(failure, 'It could not be saved.'));
    } finally {
      setSaving(false);
    }
  };
  return (
    <section class="review" aria-labelledby={ids}>
      <h3 id={ids} ref={headingRef} tabIndex={-1}>
        {heading}
      </h3>
      <form onSubmit={save}>
        {editDetails ? (
          <div class="review-fields">
            <ArticleDetailsFields
              value={details}
              onInput={(change) => setDetails((typed) => ({ ...typed, ...change }))}
            />
          </div>
        ) : (
          <dl class="review-details">
            <dt>Title</dt>
            <dd>{article.title || 'Untitled'}</dd>
            <dt>Date</dt>
            <dd>{article.published || 'no date'}</dd>
            <dt>Site</dt>
            <dd>{article.site || 'none'}</dd>
            <dt>URL</dt>
            <dd>{article.url || 'none'}</dd>
          </dl>
        )}
        {ENTITY_KINDS.map((kind) => {
          const ofKind = entities.filter((entity) => entity.kind === kind);
          return (
            <section key={kind} aria-labelledby={`${ids}-${kind}`}>
              <h4 id={`${ids}-${kind}`}>
                {KINDS[kind].plural} ({ofKind.length})
              </h4>
              {ofKind.length === 0 && <p class="muted">None found.</p>}
              {ofKind.map((entity) => (
                <EntityEditor
                  key={entity.id}
                  entity={entity}
                  others={entities.filter((other) => other.id !== entity.id)}
                  onEdit={edit}
                />
              ))}
            </section>
          );
        })}
        {error && (
          <p role="alert" class="field-error">
            {error}
          </p>
        )}
        <div class="review-actions">
          <button type="submit" class="primary" disabled={saving}>
            {saving ? 'Saving…' : saveLabel}
          </button>
          <button type="button" onClick={onCancel} disabled={saving}>
            Cancel
          </button>
        </div>
      </form>
    </section>
  );
}
