// Apart from what they key, so the content script can name them without the code around them.

/** Key of the settings in `browser.storage.local`. */
export const SETTINGS_KEY = 'settings';

/** Key of the compiled matcher (lib/knowledge/stored-matcher.ts) in `browser.storage.local`. */
export const MATCHER_KEY = 'matcher';

/** The keys a page reads as it starts: one `storage.local.get` for all. */
export const PAGE_START_KEYS = [SETTINGS_KEY, MATCHER_KEY];
