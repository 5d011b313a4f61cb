// idb recognises requests by the global IDB classes: fake-indexeddb's must be the globals.
import 'fake-indexeddb/auto';
import { render, screen } from '@testing-library/preact';
import { vi } from 'vitest';
import type { DraftHandle } from '../../components/AddArticle';
import { LibrarySection, type LibrarySectionProps } from '../../components/LibrarySection';
import type { Entity } from '../../data/types';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import type { LibraryStore } from '../../lib/library/library-store';
import type { ArticleSource } from '../../lib/library/new-article';
import { newArticle } from '../../lib/library/new-article';
import { testLibrary } from './library';

/** The day the tests' exports are made. */
export const EXPORT_DAY = new Date('2026-12-05T10:00:00Z');

/** The library section on its own fake IndexedDB, with the files it downloaded and its extractions. */
export async function renderLibrarySection(
  options: {
    /** Fills the library before the section is shown. */
    seed?: (library: LibraryStore) => Promise<unknown>;
    props?: Partial<LibrarySectionProps>;
  } = {},
) {
  const { library, factory, changes } = testLibrary();
  await options.seed?.(library);
  const downloads: { fileName: string; text: string }[] = [];
  const extract = vi.fn(async (source: ArticleSource, known: readonly Entity[]) =>
    newArticle(source, known),
  );
  const view = render(
    <LibrarySection
      library={library}
      extract={extract}
      download={(fileName, text) => downloads.push({ fileName, text })}
      now={() => EXPORT_DAY}
      {...options.props}
    />,
  );
  // Shown once the library is read: the bundled article is always listed.
  await screen.findByRole('link', { name: BUNDLED_ARTICLE.title });
  return { ...view, library, factory, changes, downloads, extract };
}

/** A draft kept in memory, with how often it was dropped. */
export function memoryDraft(source: ArticleSource | undefined) {
  const handle: DraftHandle & { dropped: number } = {
    dropped: 0,
    read: async () => (handle.dropped > 0 ? undefined : source),
    drop: async () => {
      handle.dropped++;
    },
  };
  return handle;
}

/** An article text naming people the bundled article knows (Putin, Assad) and one it does not. */
export const PASTED_TEXT =
  'Russian President Vladimir Putin met German Chancellor Angela Merkel in Berlin on Monday. ' +
  'Merkel said the talks were frank. Putin did not speak to reporters. ' +
  'They also discussed Syrian President Bashar al-Assad.';

/** The review of a new article, once it shows. */
export const review = () => screen.findByRole('region', { name: 'Check the names before saving' });
