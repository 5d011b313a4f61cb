/** Why the library refused an operation (it is then unchanged). */
export type LibraryErrorCode =
  | 'empty-text'
  | 'text-too-long'
  | 'bad-article'
  | 'not-found'
  | 'bundled'
  | 'not-json'
  | 'not-ours'
  | 'damaged'
  | 'newer-version'
  | 'empty-file'
  | 'file-too-large'
  | 'quota'
  | 'no-article'
  | 'unreadable-page';

/** A refused operation: `message` is for the reader, `code` for the code. */
export class LibraryError extends Error {
  constructor(
    readonly code: LibraryErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'LibraryError';
  }
}

/** What to tell the reader of a failure: a {@link LibraryError}'s message, or `otherwise`. */
export function readerMessage(error: unknown, otherwise: string): string {
  return error instanceof LibraryError ? error.message : otherwise;
}

/** The longest article text kept, in UTF-8 bytes (1 MB). */
export const MAX_TEXT_BYTES = 1024 * 1024;

/** A size for the reader: "1.3 MB", "12 KB". */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Refuses an article text that is empty or over {@link MAX_TEXT_BYTES}; `whose` names it in the message. */
export function checkText(text: string, whose = 'The article'): void {
  if (text.trim() === '') {
    throw new LibraryError('empty-text', `${whose} has no text: there is nothing to add.`);
  }
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEXT_BYTES) {
    throw new LibraryError(
      'text-too-long',
      `${whose} is ${formatBytes(bytes)} long; the library keeps articles up to 1 MB.`,
    );
  }
}

/** Whether `error` is the browser's "storage full" (thrown, or a transaction's abort reason). */
export function isQuotaError(error: unknown): boolean {
  return (
    typeof error === 'object' &&
    error !== null &&
    'name' in error &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}
