import { type DBSchema, type IDBPDatabase, type IDBPTransaction, type StoreNames, wrap } from 'idb';
import type { ArticleData } from './article';

/** An added article as the library keeps and exports it. */
export interface LibraryRecord extends ArticleData {
  /** Whether its names are highlighted on pages. */
  enabled: boolean;
  /** When it was added (ms since the epoch); the library lists newest first. */
  addedAt: number;
}

/** A row of the `articles` store: the record and the keys that recognise it added twice. */
export interface LibraryRow extends LibraryRecord {
  /** The URL without fragment or tracking parameters (`normalizeUrl`); empty for none. */
  urlKey: string;
  /** SHA-256 of the text with its spacing normalised (`textHash`). */
  textHash: string;
}

/** The database's stores (schema version {@link LIBRARY_DB_VERSION}). */
export interface LibrarySchema extends DBSchema {
  articles: {
    key: string;
    value: LibraryRow;
    indexes: { addedAt: number; urlKey: string; textHash: string };
  };
  /** The bundled article's switch, under the key `bundled` (its text lives in the extension). */
  switches: { key: string; value: boolean };
}

/** The database in the extension's origin. */
export const LIBRARY_DB_NAME = 'backstory-library';

/** One step of the schema, from the version before it to its own. */
export type Migration = (
  db: IDBPDatabase<LibrarySchema>,
  tx: IDBPTransaction<LibrarySchema, StoreNames<LibrarySchema>[], 'versionchange'>,
) => void;

/**
 * The schema's history: step `i` upgrades version `i` to `i + 1`. A new version appends a step
 * (never edits one): a browser holding any older version runs the steps it missed, in order.
 */
export const MIGRATIONS: readonly Migration[] = [
  (db) => {
    const articles = db.createObjectStore('articles', { keyPath: 'id' });
    articles.createIndex('addedAt', 'addedAt');
    articles.createIndex('urlKey', 'urlKey');
    articles.createIndex('textHash', 'textHash');
    db.createObjectStore('switches');
  },
];

/** The schema version this build writes. */
export const LIBRARY_DB_VERSION = MIGRATIONS.length;

/**
 * Opens the library's database through `factory` (idb's `openDB` takes the global
 * `indexedDB` only), running the migrations it has not had.
 */
export function openLibraryDb(
  factory: IDBFactory = indexedDB,
  migrations: readonly Migration[] = MIGRATIONS,
  name: string = LIBRARY_DB_NAME,
): Promise<IDBPDatabase<LibrarySchema>> {
  const request = factory.open(name, migrations.length);
  request.addEventListener('upgradeneeded', (event) => {
    const db = wrap(request.result) as unknown as IDBPDatabase<LibrarySchema>;
    const tx = wrap(request.transaction as IDBTransaction) as unknown as IDBPTransaction<
      LibrarySchema,
      StoreNames<LibrarySchema>[],
      'versionchange'
    >;
    for (let version = event.oldVersion; version < migrations.length; version++) {
      migrations[version]?.(db, tx);
    }
  });
  return wrap(request) as unknown as Promise<IDBPDatabase<LibrarySchema>>;
}
