import { browser } from '#imports';
import { MATCHER_KEY, type StoredMatcher } from './knowledge/stored-matcher';
import { SETTINGS_KEY, type Settings, sanitizeSettings } from './settings';

// The content script reads the same stored values as lib/settings-store.ts but through
// `browser.storage` directly: it runs on every page and @wxt-dev/storage would add ~9 KB to it.

/** What a page starts from: the settings and the stored matcher, read at once. */
export interface PageStart {
  settings: Settings;
  /** Checked by its `format` where it is used; absent until the background has compiled one. */
  matcher: StoredMatcher | undefined;
}

/** The current settings and matcher for a content script; storage errors give the defaults. */
export async function readPageStart(): Promise<PageStart> {
  const stored: Record<string, unknown> = await browser.storage.local
    .get([SETTINGS_KEY, MATCHER_KEY])
    .catch(() => ({}));
  return {
    settings: sanitizeSettings(stored[SETTINGS_KEY]),
    matcher: stored[MATCHER_KEY] as StoredMatcher | undefined,
  };
}

/** Calls back whenever the settings or the stored matcher change; returns the unwatch. */
export function watchPageStart(on: {
  settings(settings: Settings): void;
  matcher(matcher: StoredMatcher | undefined): void;
}): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const settings = changes[SETTINGS_KEY];
    const matcher = changes[MATCHER_KEY];
    if (settings) on.settings(sanitizeSettings(settings.newValue));
    if (matcher) on.matcher(matcher.newValue as StoredMatcher | undefined);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
