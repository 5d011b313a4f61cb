import { useRef, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { BUNDLED_ID } from '../lib/library/article';
import { readerMessage } from '../lib/library/library-error';
import type { StorageEstimate } from '../lib/library/library-file';
import type { LibraryEntry, LibraryStore } from '../lib/library/library-store';
import { AddArticle, type DraftHandle, type NewArticleExtractor } from './AddArticle';
import { ArticleReview } from './ArticleReview';
import { LibraryFileControls } from './LibraryFileControls';
import { LibraryList } from './LibraryList';
import { useLibraryEntries, type WatchLibrary } from './use-library-entries';

/** Props of {@link LibrarySection}. */
export interface LibrarySectionProps {
  library: LibraryStore;
  /** Finds an article's names (off the page's main thread in the extension). */
  extract: NewArticleExtractor;
  /** A draft the popup took from a page, to review first. */
  draft?: DraftHandle;
  /** Hears the library's changes made in other tabs. */
  watch?: WatchLibrary;
  /** Saves a text as a file the reader downloads (the export). */
  download: (fileName: string, text: string) => void;
  /** How much room the browser has, for imports. */
  estimate?: StorageEstimate;
  now?: () => Date;
}

/** The library: every article with its switch, adding one (paste or draft), editing names, files. */
export function LibrarySection(props: LibrarySectionProps) {
  const { library, extract, draft, watch } = props;
  const { entries, error: readError, reload } = useLibraryEntries(library, watch);
  const [editing, setEditing] = useState<LibraryEntry | null>(null);
  const [error, setError] = useState('');
  const [notice, setNotice] = useState('');
  const headingRef = useRef<HTMLHeadingElement>(null);
  // What had the focus is gone (a deleted row, a closed review): the keyboard goes back to the list.
  const focusList = () => headingRef.current?.focus();

  const runThenReload = async (job: () => Promise<void>, otherwise: string) => {
    setError('');
    try {
      await job();
    } catch (failure) {
      setError(readerMessage(failure, otherwise));
    }
    await reload();
  };
  const switchArticle = (id: string, enabled: boolean) =>
    runThenReload(() => library.setEnabled(id, enabled), 'The switch could not be saved.');
  const deleteArticle = (id: string) => {
    const title = entries?.find((entry) => entry.article.id === id)?.article.title;
    runThenReload(async () => {
      await library.remove(id);
      setNotice(`Deleted “${title || 'Untitled'}”.`);
    }, 'The article could not be deleted.').then(focusList);
  };
  const editNames = (id: string) => {
    setNotice('');
    setEditing(entries?.find((entry) => entry.article.id === id) ?? null);
  };
  const saveNames = async (entities: Entity[]) => {
    if (!editing) return;
    await library.setEntities(editing.article.id, entities);
    setNotice(`Saved the names of “${editing.article.title || 'Untitled'}”.`);
    setEditing(null);
    focusList();
    await reload();
  };
  const cancelEditing = () => {
    setEditing(null);
    focusList();
  };

  return (
    <section class="library" aria-labelledby="backstory-library">
      <h2 id="backstory-library" ref={headingRef} tabIndex={-1}>
        Library
      </h2>
      <p class="muted">
        The articles whose names Backstory highlights on pages. Switch one off to leave its names
        alone.
      </p>
      <p role="status">{notice}</p>
      {(error || readError) && (
        <p role="alert" class="field-error">
          {error || readError}
        </p>
      )}
      {entries === null ? (
        <p class="muted">Reading the library…</p>
      ) : (
        <LibraryList
          entries={entries}
          onSwitch={switchArticle}
          onDelete={deleteArticle}
          onEditNames={editNames}
        />
      )}
      {editing && (
        <ArticleReview
          key={editing.article.id}
          heading={`Edit the names of “${editing.article.title || 'Untitled'}”`}
          article={editing.article}
          saveLabel="Save the names"
          onSave={saveNames}
          onCancel={cancelEditing}
        />
      )}
      {entries && (
        <AddArticle
          library={library}
          extract={extract}
          known={knownEntities(entries)}
          draft={draft}
          onAdded={reload}
        />
      )}
      <LibraryFileControls
        library={library}
        download={props.download}
        estimate={props.estimate}
        now={props.now}
        onImported={reload}
      />
    </section>
  );
}

/**
 * The entities a new article's names are recognised as: the bundled article's first (so
 * "Vladimir Putin" gets the bundled id `vladimir-putin`), then the added articles'.
 */
function knownEntities(entries: readonly LibraryEntry[]): Entity[] {
  const bundled = entries.find((entry) => entry.article.id === BUNDLED_ID);
  const added = entries.filter((entry) => entry !== bundled);
  return [bundled, ...added].flatMap((entry) => entry?.article.entities ?? []);
}
