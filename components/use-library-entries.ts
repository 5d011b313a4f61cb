import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { readerMessage } from '../lib/library/library-error';
import type { LibraryEntry, LibraryStore } from '../lib/library/library-store';

/** Calls back on each change of the library made elsewhere; returns the unsubscribe. */
export type WatchLibrary = (onChange: () => void) => () => void;

/** The library's articles (null until read), re-read on `reload` and on each change `watch` hears. */
export function useLibraryEntries(library: LibraryStore, watch?: WatchLibrary) {
  const [entries, setEntries] = useState<LibraryEntry[] | null>(null);
  const [error, setError] = useState('');
  const latest = useRef(0);
  const reload = useCallback(async () => {
    // Reads can finish out of order (a change heard while one runs): the last asked wins.
    const asked = ++latest.current;
    try {
      const listed = await library.list();
      if (asked !== latest.current) return;
      setEntries(listed);
      setError('');
    } catch (failure) {
      if (asked === latest.current)
        setError(readerMessage(failure, 'The library could not be read.'));
    }
  }, [library]);
  useEffect(() => {
    reload();
    return watch?.(() => reload());
  }, [reload, watch]);
  return { entries, error, reload };
}
