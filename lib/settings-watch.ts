import type { StoredMatcher } from './knowledge/stored-matcher';
import { type Settings, sanitizeSettings } from './settings';
import { MATCHER_KEY, SETTINGS_KEY } from './storage-keys';

// The content script reads the same stored values as lib/settings-store.ts but through
// `browser.storage` directly: it runs on every page and @wxt-dev/storage would add ~9 KB to it.

/** What a page starts from: the settings and the stored matcher, read at once. */
export interface PageStart {
  settings: Settings;
  /** Checked by its `format` where it is used; absent until the background has compiled one. */
  matcher: StoredMatcher | undefined;
}

/** The part of `browser.storage` that tells of changes. */
type StorageChangeListener = (
  changes: Record<string, { newValue?: unknown }>,
  area: string,
) => void;
export interface StorageEvents {
  onChanged: {
    addListener(listener: StorageChangeListener): void;
    removeListener(listener: StorageChangeListener): void;
  };
}

/** What that read gives (nothing, for a storage error), unchecked. */
export type StoredPageStart = Partial<Record<string, unknown>>;

/** The page's start from what storage held: settings sanitised, defaults for what is missing. */
export function pageStartFrom(stored: StoredPageStart): PageStart {
  return {
    settings: sanitizeSettings(stored[SETTINGS_KEY]),
    matcher: stored[MATCHER_KEY] as StoredMatcher | undefined,
  };
}

/**
 * Calls back whenever the settings or the stored matcher change; returns the unwatch. Given the
 * storage API: the content script touches the extension API only once a page is readable.
 */
export function watchPageStart(
  // Not named `storage`: WXT's auto-imports would take that for its own.
  storageApi: StorageEvents,
  on: {
    setSettings(settings: Settings): void;
    setMatcher(matcher: StoredMatcher | undefined): void;
  },
): () => void {
  const listener: StorageChangeListener = (changes, area) => {
    if (area !== 'local') return;
    const settings = changes[SETTINGS_KEY];
    const matcher = changes[MATCHER_KEY];
    if (settings) on.setSettings(sanitizeSettings(settings.newValue));
    if (matcher) on.setMatcher(matcher.newValue as StoredMatcher | undefined);
  };
  storageApi.onChanged.addListener(listener);
  return () => storageApi.onChanged.removeListener(listener);
}
