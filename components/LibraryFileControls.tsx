import { useState } from 'preact/hooks';
import { readerMessage } from '../lib/library/library-error';
import {
  checkFileSize,
  exportLibrary,
  importLibrary,
  libraryFileName,
  type StorageEstimate,
} from '../lib/library/library-file';
import type { LibraryStore } from '../lib/library/library-store';

/** Props of {@link LibraryFileControls}. */
export interface LibraryFileControlsProps {
  library: LibraryStore;
  /** Saves a text as a file the reader downloads. */
  download: (fileName: string, text: string) => void;
  /** How much room the browser has (none: the import is not checked against it). */
  estimate?: StorageEstimate;
  now?: () => Date;
  /** Called after an import added articles. */
  onImported: () => void;
}

/** "1 article", "2 articles". */
const articles = (n: number) => (n === 1 ? '1 article' : `${n} articles`);

/** What an import did, for the reader. */
export function importSummary(added: number, skipped: number): string {
  const addedText = added === 0 ? 'No new article was imported' : `Imported ${articles(added)}`;
  if (skipped === 0) return `${addedText}.`;
  const were = skipped === 1 ? 'was' : 'were';
  return `${addedText}; ${articles(skipped)} ${were} already in your library.`;
}

/** Export of the whole library as one JSON file, and import of such a file. */
export function LibraryFileControls({
  library,
  download,
  estimate,
  now = () => new Date(),
  onImported,
}: LibraryFileControlsProps) {
  const [status, setStatus] = useState('');
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (job: () => Promise<string>, otherwise: string) => {
    setBusy(true);
    setError('');
    setStatus('');
    try {
      setStatus(await job());
    } catch (failure) {
      setError(readerMessage(failure, otherwise));
    } finally {
      setBusy(false);
    }
  };
  const exportFile = () =>
    run(async () => {
      const fileName = libraryFileName(now());
      download(fileName, await exportLibrary(library, now));
      return `Exported your library as ${fileName}.`;
    }, 'The library could not be exported.');
  const importFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared so that choosing the same file again imports it again.
    input.value = '';
    if (!file) return;
    run(async () => {
      checkFileSize(file.size);
      const { added, skipped } = await importLibrary(library, await file.text(), estimate);
      if (added.length > 0) onImported();
      return importSummary(added.length, skipped.length);
    }, 'This file could not be read. Nothing was imported.');
  };
  return (
    <section aria-labelledby="backstory-library-file">
      <h3 id="backstory-library-file">Export and import</h3>
      <p class="muted">
        Keep a copy of your articles, or move them to another browser, as one JSON file.
      </p>
      <div class="file-controls">
        <button type="button" onClick={exportFile} disabled={busy}>
          Export the library
        </button>
        <label class="file-input">
          Import a library file
          <input
            type="file"
            accept=".json,application/json"
            disabled={busy}
            onChange={(event) => importFile(event.currentTarget)}
          />
        </label>
      </div>
      <p role="status">{status}</p>
      {error && (
        <p role="alert" class="field-error">
          {error}
        </p>
      )}
    </section>
  );
}
