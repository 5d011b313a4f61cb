import type { IDBPDatabase } from 'idb';
import { browser } from 'wxt/browser';
import type { Entity } from '../../data/types';
import { type Article, type ArticleData, articleData, BUNDLED_ID } from './article';
import { textHash } from './article-identity';
import { BUNDLED_ARTICLE } from './bundled-article';
import { checkEntities } from './check-record';
import { announceChange, type LibraryChange } from './library-changes';
import {
  type LibraryRecord,
  type LibraryRow,
  type LibrarySchema,
  openLibraryDb,
} from './library-db';
import { checkText, LibraryError } from './library-error';
import { committed, entryOf, recordOf, rowOf, twinOf } from './library-rows';

/** An article of the library with its switch. */
export interface LibraryEntry {
  article: Article;
  /** Whether its names are highlighted on pages. */
  enabled: boolean;
  /** When it was added (ms since the epoch); 0 for the bundled article. */
  addedAt: number;
}

/** An article to add: its id is made by the library. */
export type NewArticle = Omit<ArticleData, 'id'>;

/** What the library's operations depend on, the real ones by default. */
export interface LibraryDeps {
  /** Where the database lives (`indexedDB`; tests pass fake-indexeddb's). */
  factory: IDBFactory;
  now: () => number;
  newId: () => string;
  /** Tells the extension's other contexts (a BroadcastChannel) and the background (a message). */
  announce: (change: LibraryChange) => void;
}

/** The library's operations; every refusal is a {@link LibraryError}, the library unchanged. */
export interface LibraryStore {
  /** Every article, newest first; the bundled one last. */
  list(): Promise<LibraryEntry[]>;
  /** One article by id. */
  get(id: string): Promise<LibraryEntry | undefined>;
  /** Adds an article, or returns the one already there with the same URL or text (`added: false`). */
  add(article: NewArticle): Promise<{ entry: LibraryEntry; added: boolean }>;
  /** Switches an article's names on pages on or off (the bundled one too). */
  setEnabled(id: string, enabled: boolean): Promise<void>;
  /** Replaces an added article's entities (a rename, a merge, an edited alias or role). */
  setEntities(id: string, entities: readonly Entity[]): Promise<void>;
  /** Deletes an added article (the bundled one cannot be). */
  remove(id: string): Promise<void>;
  /** Every added article as kept (for export), newest first. */
  records(): Promise<LibraryRecord[]>;
  /**
   * Adds checked records in one transaction, skipping those already there (same id, URL or
   * text): all are written or, on any failure, none.
   */
  addRecords(records: readonly LibraryRecord[]): Promise<{ added: string[]; skipped: string[] }>;
  /** Closes the database. */
  close(): Promise<void>;
}

const BUNDLED_SWITCH = BUNDLED_ID;

const realDeps = (): LibraryDeps => ({
  factory: globalThis.indexedDB,
  now: Date.now,
  newId: () => crypto.randomUUID(),
  announce: (change) => {
    announceChange(change);
    // The background recompiles the pages' matcher; a message wakes it (a BroadcastChannel
    // does not wake a stopped MV3 service worker).
    browser.runtime.sendMessage({ type: 'libraryChanged', data: change }).catch(() => {});
  },
});

/** The reader's library in IndexedDB (opened on first use). */
export function openLibrary(deps: Partial<LibraryDeps> = {}): LibraryStore {
  const { factory, now, newId, announce } = { ...realDeps(), ...deps };
  let opened: Promise<IDBPDatabase<LibrarySchema>> | null = null;
  let bundledHash: Promise<string> | null = null;
  const db = () => {
    opened ??= openLibraryDb(factory).then((connection) => {
      // A newer build upgrading the schema waits for every open connection: let go of ours.
      connection.addEventListener('versionchange', () => {
        connection.close();
        opened = null;
      });
      return connection;
    });
    return opened;
  };
  const isBundledText = async (hash: string) => {
    bundledHash ??= textHash(BUNDLED_ARTICLE.text);
    return hash === (await bundledHash);
  };

  async function bundledEntry(): Promise<LibraryEntry> {
    const enabled = await (await db()).get('switches', BUNDLED_SWITCH);
    return { article: BUNDLED_ARTICLE, enabled: enabled ?? true, addedAt: 0 };
  }

  async function existingRow(id: string): Promise<LibraryRow> {
    const row = await (await db()).get('articles', id);
    if (!row) throw new LibraryError('not-found', 'This article is no longer in the library.');
    return row;
  }

  /** Writes one row in its own transaction. */
  async function putRow(row: LibraryRow): Promise<void> {
    const tx = (await db()).transaction('articles', 'readwrite');
    await committed(Promise.all([tx.store.put(row), tx.done]), () => tx.abort());
  }

  return {
    async list() {
      const rows = await (await db()).getAllFromIndex('articles', 'addedAt');
      return [...rows.reverse().map(entryOf), await bundledEntry()];
    },

    async get(id) {
      if (id === BUNDLED_ID) return bundledEntry();
      const row = await (await db()).get('articles', id);
      return row && entryOf(row);
    },

    async add(article) {
      checkText(article.text);
      const checked = checkEntities(article.entities);
      if ('problem' in checked) {
        throw new LibraryError(
          'bad-article',
          `The article's names are not right: ${checked.problem}.`,
        );
      }
      const record = { ...articleData({ ...article, id: newId() }), enabled: true, addedAt: now() };
      const row = await rowOf({ ...record, entities: checked.entities });
      bundledHash ??= textHash(BUNDLED_ARTICLE.text);
      if (row.textHash === (await bundledHash))
        return { entry: await bundledEntry(), added: false };
      const tx = (await db()).transaction('articles', 'readwrite');
      const write = (async () => {
        const twin = await twinOf(tx.store, row);
        if (!twin) await tx.store.put(row);
        return twin;
      })();
      const [twin] = await committed(Promise.all([write, tx.done]), () => tx.abort());
      if (twin) return { entry: entryOf(twin), added: false };
      announce({ ids: [row.id] });
      return { entry: entryOf(row), added: true };
    },

    async setEnabled(id, enabled) {
      if (id === BUNDLED_ID) {
        await (await db()).put('switches', enabled, BUNDLED_SWITCH);
      } else {
        await putRow({ ...(await existingRow(id)), enabled });
      }
      announce({ ids: [id] });
    },

    async setEntities(id, entities) {
      if (id === BUNDLED_ID) {
        throw new LibraryError('bundled', 'The bundled article’s names cannot be edited.');
      }
      const checked = checkEntities(entities);
      if ('problem' in checked) {
        throw new LibraryError('bad-article', `These names are not right: ${checked.problem}.`);
      }
      await putRow({ ...(await existingRow(id)), entities: checked.entities });
      announce({ ids: [id] });
    },

    async remove(id) {
      if (id === BUNDLED_ID) {
        throw new LibraryError(
          'bundled',
          'The bundled article cannot be deleted; switch it off instead.',
        );
      }
      await existingRow(id);
      await (await db()).delete('articles', id);
      announce({ ids: [id] });
    },

    async records() {
      const rows = await (await db()).getAllFromIndex('articles', 'addedAt');
      return rows.reverse().map(recordOf);
    },

    async addRecords(records) {
      // Hashed before the transaction: it would commit while awaiting anything but itself.
      const rows = await Promise.all(records.map(rowOf));
      const bundled = await Promise.all(rows.map((row) => isBundledText(row.textHash)));
      const tx = (await db()).transaction('articles', 'readwrite');
      const added: string[] = [];
      const skipped: string[] = [];
      const writes = (async () => {
        for (const [i, row] of rows.entries()) {
          if (bundled[i] || (await twinOf(tx.store, row))) {
            skipped.push(row.id);
          } else {
            await tx.store.put(row);
            added.push(row.id);
          }
        }
      })();
      await committed(Promise.all([writes, tx.done]), () => tx.abort());
      if (added.length > 0) announce({ ids: added });
      return { added, skipped };
    },

    async close() {
      if (opened) (await opened).close();
      opened = null;
    },
  };
}
