import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import type { ArticleDetails } from '../lib/library/article-details';
import { articlePath } from '../lib/library/article-link';
import { readerMessage } from '../lib/library/library-error';
import type { LibraryEntry, LibraryStore, NewArticle } from '../lib/library/library-store';
import type { ArticleSource } from '../lib/library/new-article';
import { ArticleReview } from './ArticleReview';
import { NO_PASTE, PasteArticleForm, type PastedArticle } from './PasteArticleForm';

/** `newArticle` as the page runs it: the text checked, then its names found and recognised. */
export type NewArticleExtractor = (
  source: ArticleSource,
  known: readonly Entity[],
) => Promise<NewArticle>;

/** A draft the popup took from a page: how to read it and to drop it once saved or given up. */
export interface DraftHandle {
  read: () => Promise<ArticleSource | undefined>;
  drop: () => Promise<void>;
}

/** Props of {@link AddArticle}. */
export interface AddArticleProps {
  library: LibraryStore;
  extract: NewArticleExtractor;
  /** The entities the new article's names are recognised as. */
  known: readonly Entity[];
  /** A draft to review first, if the page was opened for one. */
  draft?: DraftHandle;
  /** Called after an article was added. */
  onAdded: () => void;
}

interface Review {
  article: NewArticle;
  fromDraft: boolean;
}

/** Adding an article: a draft's or a paste's names found, reviewed, then saved. */
export function AddArticle({ library, extract, known, draft, onAdded }: AddArticleProps) {
  const [pasted, setPasted] = useState<PastedArticle>(NO_PASTE);
  const [review, setReview] = useState<Review | null>(null);
  const [saved, setSaved] = useState<{ entry: LibraryEntry; added: boolean } | null>(null);
  const [draftStatus, setDraftStatus] = useState('');
  const [draftError, setDraftError] = useState('');
  const [backFromReview, setBackFromReview] = useState(false);
  // Read once: `known` changes with the library, the draft does not.
  const startingDraft = useRef(draft);
  const knownNow = useRef(known);
  knownNow.current = known;

  useEffect(() => {
    const pending = startingDraft.current;
    if (!pending) return;
    setDraftStatus('Finding the names of the article taken from the page…');
    const reviewDraft = async () => {
      const source = await pending.read().catch(() => undefined);
      if (!source) {
        return setDraftError(
          'This article is no longer waiting for review. Add the page again from the toolbar.',
        );
      }
      try {
        setReview({ article: await extract(source, knownNow.current), fromDraft: true });
      } catch (failure) {
        // A text the library refuses will not change: the draft is of no further use.
        await pending.drop();
        setDraftError(readerMessage(failure, 'The names of this article could not be found.'));
      }
    };
    reviewDraft().finally(() => setDraftStatus(''));
  }, [extract]);

  const findNames = async (source: ArticleSource) => {
    setSaved(null);
    setReview({ article: await extract(source, known), fromDraft: false });
  };
  const close = async (current: Review) => {
    setReview(null);
    setBackFromReview(true);
    if (current.fromDraft) await draft?.drop();
  };
  const save = async (current: Review, entities: Entity[], details: ArticleDetails) => {
    const result = await library.add({ ...current.article, ...details, entities });
    await close(current);
    setSaved(result);
    if (result.added) {
      if (!current.fromDraft) setPasted(NO_PASTE);
      onAdded();
    }
  };

  return (
    <>
      <p role="status">
        {draftStatus}
        {saved && <SavedNotice {...saved} />}
      </p>
      {draftError && (
        <p role="alert" class="field-error">
          {draftError}
        </p>
      )}
      {review ? (
        <ArticleReview
          heading="Check the names before saving"
          article={review.article}
          saveLabel="Save to library"
          editDetails
          onSave={(entities, details) => save(review, entities, details)}
          onCancel={() => close(review)}
        />
      ) : (
        <PasteArticleForm
          takeFocus={backFromReview}
          value={pasted}
          onInput={(change) => setPasted((typed) => ({ ...typed, ...change }))}
          onSubmit={findNames}
        />
      )}
    </>
  );
}

/** "Added …", or "Already in your library" with a link to the article already there. */
function SavedNotice({ entry, added }: { entry: LibraryEntry; added: boolean }) {
  const title = entry.article.title || 'Untitled';
  if (added) return <>Added “{title}” to your library.</>;
  return (
    <>
      Already in your library: <a href={articlePath(entry.article.id)}>{title}</a>
    </>
  );
}
