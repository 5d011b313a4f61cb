import type { EntityKind } from '../text/types';

/**
 * The matcher a content script loads, compiled off the page (by the background, when the
 * extension starts or the kinds shown change) and kept in `browser.storage.local` under
 * {@link MATCHER_KEY}, next to the settings, so a page reads both at once and compiles nothing.
 */
export interface StoredMatcher {
  /** {@link MATCHER_FORMAT} of the build that wrote it: another format is compiled again. */
  format: number;
  /** The kinds of names it finds, sorted. */
  kinds: EntityKind[];
  /**
   * The matcher's `MatcherData` (lib/text/matcher-data.ts) as JSON text: storage hands a page
   * one string far faster than the same data as nested objects and arrays.
   */
  data: string;
}

/** Key of the {@link StoredMatcher} in `browser.storage.local`. */
export const MATCHER_KEY = 'matcher';

/** Changes whenever the shape of `MatcherData` does (3: given names and forms, loaded lazily). */
export const MATCHER_FORMAT = 3;
