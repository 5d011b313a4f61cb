import { useEffect, useRef, useState } from 'preact/hooks';
import { BUNDLED_ID } from '../lib/library/article';
import { articlePath } from '../lib/library/article-link';
import type { LibraryEntry } from '../lib/library/library-store';
import { Toggle } from './Toggle';

/** Props of {@link LibraryList}. */
export interface LibraryListProps {
  /** Every article, newest first, the bundled one last (as the library lists them). */
  entries: readonly LibraryEntry[];
  /** Switches an article's names on pages on or off. */
  onSwitch: (id: string, enabled: boolean) => void;
  /** Deletes an added article (after the reader confirmed). */
  onDelete: (id: string) => void;
  /** Opens the review of an added article's names. */
  onEditNames: (id: string) => void;
}

/** Every article of the library with its date, site, people, switch, and delete. */
export function LibraryList({ entries, onSwitch, onDelete, onEditNames }: LibraryListProps) {
  return (
    <ul class="library-list">
      {entries.map((entry) => (
        <LibraryRow
          key={entry.article.id}
          entry={entry}
          onSwitch={onSwitch}
          onDelete={onDelete}
          onEditNames={onEditNames}
        />
      ))}
    </ul>
  );
}

/** "1 person", "3 people". */
export function peopleCount(entry: LibraryEntry): string {
  const people = entry.article.entities.filter((entity) => entity.kind === 'person').length;
  return people === 1 ? '1 person' : `${people} people`;
}

interface LibraryRowProps extends Omit<LibraryListProps, 'entries'> {
  entry: LibraryEntry;
}

function LibraryRow({ entry, onSwitch, onDelete, onEditNames }: LibraryRowProps) {
  const { article, enabled } = entry;
  const title = article.title || 'Untitled';
  const [confirming, setConfirming] = useState(false);
  return (
    <li class="library-entry">
      <a class="library-title" href={articlePath(article.id)}>
        {title}
      </a>
      <p class="muted">
        {article.published || 'no date'}
        {article.site && ` · ${article.site}`} · {peopleCount(entry)}
      </p>
      <div class="library-actions">
        <Toggle
          label="Highlight on pages"
          accessibleName={`Highlight the names of “${title}”`}
          checked={enabled}
          onChange={(on) => onSwitch(article.id, on)}
        />
        {article.id !== BUNDLED_ID && !confirming && (
          <>
            <button type="button" onClick={() => onEditNames(article.id)}>
              Edit names<span class="visually-hidden"> of “{title}”</span>
            </button>
            <button type="button" onClick={() => setConfirming(true)}>
              Delete<span class="visually-hidden"> “{title}”</span>
            </button>
          </>
        )}
      </div>
      {confirming && (
        <DeleteConfirmation
          title={title}
          onConfirm={() => onDelete(article.id)}
          onKeep={() => setConfirming(false)}
        />
      )}
    </li>
  );
}

interface DeleteConfirmationProps {
  title: string;
  onConfirm: () => void;
  onKeep: () => void;
}

/** Asks in the page (not `confirm()`, which blocks every tab of the window) before deleting. */
function DeleteConfirmation({ title, onConfirm, onKeep }: DeleteConfirmationProps) {
  const keep = useRef<HTMLButtonElement>(null);
  // The safe answer takes the focus, so a stray Enter keeps the article.
  useEffect(() => keep.current?.focus(), []);
  return (
    <fieldset
      class="delete-confirmation"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onKeep();
      }}
    >
      <legend>Delete “{title}” from your library?</legend>
      <p>Its names will no longer be highlighted. This cannot be undone.</p>
      <button type="button" class="danger" onClick={onConfirm}>
        Delete
      </button>
      <button type="button" ref={keep} onClick={onKeep}>
        Keep it
      </button>
    </fieldset>
  );
}
