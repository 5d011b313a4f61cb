import { checkRecord } from './check-record';
import type { LibraryRecord } from './library-db';
import { checkText, formatBytes, LibraryError } from './library-error';
import type { LibraryStore } from './library-store';

/** What the `format` field of a library file says. */
export const LIBRARY_FILE_FORMAT = 'backstory-library';

/** The file version this build writes and the newest it reads. */
export const LIBRARY_FILE_VERSION = 1;

/** The largest library file read (64 MB: 64 articles of the longest kept). */
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

/** The whole library as one JSON file: every added article (the bundled one is implied). */
export interface LibraryFile {
  format: typeof LIBRARY_FILE_FORMAT;
  version: number;
  /** When it was exported, ISO 8601. */
  exportedAt: string;
  /** Newest first, as the library lists them. */
  articles: LibraryRecord[];
}

/** The storage estimate (`navigator.storage.estimate`), where the browser has one. */
export type StorageEstimate = () => Promise<{ usage?: number; quota?: number }>;

const realEstimate = (): StorageEstimate | undefined => {
  const storage = globalThis.navigator?.storage;
  return storage?.estimate ? () => storage.estimate() : undefined;
};

/** The library as the text of one JSON file. */
export async function exportLibrary(
  library: LibraryStore,
  now: () => Date = () => new Date(),
): Promise<string> {
  const file: LibraryFile = {
    format: LIBRARY_FILE_FORMAT,
    version: LIBRARY_FILE_VERSION,
    exportedAt: now().toISOString(),
    articles: await library.records(),
  };
  return JSON.stringify(file, null, 1);
}

/** The name to save an export under: `backstory-library-2026-12-05.json`. */
export function libraryFileName(date: Date = new Date()): string {
  return `backstory-library-${date.toISOString().slice(0, 10)}.json`;
}

/** Refuses a file over {@link MAX_FILE_BYTES} (checked on its size before it is read, too). */
export function checkFileSize(bytes: number): void {
  if (bytes > MAX_FILE_BYTES) {
    throw new LibraryError(
      'file-too-large',
      `This file is ${formatBytes(bytes)}; a library file can be at most ${formatBytes(MAX_FILE_BYTES)}. Nothing was imported.`,
    );
  }
}

const damaged = (what: string) =>
  new LibraryError('damaged', `This library file is damaged: ${what}. Nothing was imported.`);

/** The records of a library file's text, every one checked, or a {@link LibraryError} saying what is wrong. */
export function parseLibraryFile(text: string): LibraryRecord[] {
  checkFileSize(new TextEncoder().encode(text).length);
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    throw new LibraryError(
      'not-json',
      'This file is not a Backstory library: it is not JSON at all. Nothing was imported.',
    );
  }
  const fields = (typeof file === 'object' && file !== null ? file : {}) as Record<string, unknown>;
  if (fields.format !== LIBRARY_FILE_FORMAT) {
    throw new LibraryError(
      'not-ours',
      `This file is not a Backstory library (its "format" is not "${LIBRARY_FILE_FORMAT}"). Nothing was imported.`,
    );
  }
  const { version, articles } = fields;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw damaged(
      `\`version\` should be a whole number, not ${JSON.stringify(version) ?? 'missing'}`,
    );
  }
  if (version > LIBRARY_FILE_VERSION) {
    throw new LibraryError(
      'newer-version',
      `This library was exported by a newer Backstory (file version ${version}; this one reads up to version ${LIBRARY_FILE_VERSION}). Update Backstory to import it. Nothing was imported.`,
    );
  }
  if (!Array.isArray(articles)) throw damaged('`articles` is missing or not a list');
  if (articles.length === 0) {
    throw new LibraryError(
      'empty-file',
      'This library file holds no articles: there is nothing to import.',
    );
  }
  const ids = new Map<string, number>();
  return articles.map((value, i) => {
    const checked = checkRecord(value);
    const title = (value as { title?: unknown } | null)?.title;
    const named = typeof title === 'string' && title ? ` (“${title}”)` : '';
    if ('problem' in checked) throw damaged(`article ${i}${named}: ${checked.problem}`);
    const { record } = checked;
    const first = ids.get(record.id);
    if (first !== undefined)
      throw damaged(`article ${i}${named} has the same id as article ${first}`);
    ids.set(record.id, i);
    checkText(record.text, `Article ${i}${named} of the file`);
    return record;
  });
}

/** Refuses an import the browser's storage has no room for (when it says how much it has). */
async function checkRoom(bytes: number, estimate: StorageEstimate | undefined): Promise<void> {
  const { usage, quota } = (await estimate?.().catch(() => undefined)) ?? {};
  if (usage === undefined || quota === undefined) return;
  // Stored as UTF-16 strings with indexes: about twice the file's UTF-8 bytes.
  const needed = bytes * 2;
  const free = Math.max(0, quota - usage);
  if (needed > free) {
    throw new LibraryError(
      'quota',
      `Importing needs about ${formatBytes(needed)} but the browser has only ${formatBytes(free)} left for the library. Nothing was imported: free some disk space or delete articles first.`,
    );
  }
}

/**
 * Imports a library file's text: everything is checked first, then written in one transaction
 * (all or nothing). Articles already in the library (same id, URL or text) are skipped.
 */
export async function importLibrary(
  library: LibraryStore,
  text: string,
  estimate: StorageEstimate | undefined = realEstimate(),
): Promise<{ added: string[]; skipped: string[] }> {
  const records = parseLibraryFile(text);
  await checkRoom(new TextEncoder().encode(text).length, estimate);
  return library.addRecords(records);
}
