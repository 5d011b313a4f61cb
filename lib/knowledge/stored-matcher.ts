import type { MatcherData } from '../text/matcher-data';
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
  data: MatcherData;
}

/** Key of the {@link StoredMatcher} in `browser.storage.local`. */
export const MATCHER_KEY = 'matcher';

/** Changes whenever {@link MatcherData}'s shape does (2: given names, own names, forms). */
export const MATCHER_FORMAT = 2;
