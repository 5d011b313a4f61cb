import type { IDBPObjectStore } from 'idb';
import { articleData, articleFrom } from './article';
import { normalizeUrl, textHash } from './article-identity';
import type { LibraryRecord, LibraryRow, LibrarySchema } from './library-db';
import { isQuotaError, LibraryError } from './library-error';
import type { LibraryEntry } from './library-store';

/** The entry of a row: its article (sentences split on first use) and switch. */
export const entryOf = (row: LibraryRow): LibraryEntry => ({
  article: articleFrom(articleData(row)),
  enabled: row.enabled,
  addedAt: row.addedAt,
});

/** The record of a row, as exported: the keys it is recognised by are derived. */
export const recordOf = ({ urlKey: _url, textHash: _hash, ...record }: LibraryRow): LibraryRecord =>
  record;

/** The row of a record, with the keys that recognise it added twice. */
export async function rowOf(record: LibraryRecord): Promise<LibraryRow> {
  return { ...record, urlKey: normalizeUrl(record.url), textHash: await textHash(record.text) };
}

/** Awaits a write transaction, a full disk reported as such. */
export async function committed<T>(done: Promise<T>, abort: () => void): Promise<T> {
  try {
    return await done;
  } catch (error) {
    try {
      abort();
    } catch {
      // Already aborted by the browser.
    }
    if (isQuotaError(error)) {
      throw new LibraryError(
        'quota',
        'The browser has no room left for the library: nothing was saved. Delete articles or free some disk space.',
      );
    }
    throw error;
  }
}

/** The row already kept for `row`'s article: same id, same URL or same text. */
export async function twinOf(
  store: IDBPObjectStore<LibrarySchema, ['articles'], 'articles', 'readwrite'>,
  row: LibraryRow,
): Promise<LibraryRow | undefined> {
  return (
    (await store.get(row.id)) ??
    (row.urlKey ? await store.index('urlKey').get(row.urlKey) : undefined) ??
    (await store.index('textHash').get(row.textHash))
  );
}
