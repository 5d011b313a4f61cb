import { browser } from '#imports';
import { SETTINGS_KEY, type Settings, sanitizeSettings } from './settings';

// The content script reads the same stored value as lib/settings-store.ts but through
// `browser.storage` directly: it runs on every page and @wxt-dev/storage would add ~9 KB to it.

/** The current settings for a content script; storage errors give the defaults. */
export async function readSettings(): Promise<Settings> {
  try {
    const stored = await browser.storage.local.get(SETTINGS_KEY);
    return sanitizeSettings(stored[SETTINGS_KEY]);
  } catch {
    return sanitizeSettings(undefined);
  }
}

/** Calls `onChange` with the sanitized settings whenever they change; returns the unwatch. */
export function onSettingsChanged(onChange: (settings: Settings) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    const change = changes[SETTINGS_KEY];
    if (area === 'local' && change) onChange(sanitizeSettings(change.newValue));
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
