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
  /**
   * The matcher's `MatcherData` (lib/text/matcher-data.ts) but its rules and tries, as JSON
   * text: storage hands a page one string far faster than nested objects and arrays.
   */
  index: string;
  /** `MatcherData.rules` and `.trees`, apart: text a page only slices (with a library, most of it). */
  rules: string;
  trees: string;
  /**
   * `MatcherData.presence`, apart: what the content script tests a page's text with before
   * anything else (lib/page/name-presence.ts), without parsing the index.
   */
  presence: string;
  /**
   * When it was compiled (ms since the epoch): a library change that leaves the names as they
   * were (a role edited) still changes the stored value, so pages and their cards hear of it.
   */
  compiledAt?: number;
}

export { MATCHER_KEY } from '../storage-keys';

/**
 * Changes whenever the shape of `MatcherData` or of its stored form does (5: rules that count only
 * in some languages; 6: the presence expression).
 */
export const MATCHER_FORMAT = 6;

/**
 * Whether a page can read with `stored`: a matcher of this build's format that finds every kind
 * shown (one that finds more is filtered by kind as it highlights).
 */
export function findsKinds(
  stored: StoredMatcher | undefined,
  kinds: ReadonlySet<EntityKind>,
): stored is StoredMatcher {
  return stored?.format === MATCHER_FORMAT && [...kinds].every((k) => stored.kinds.includes(k));
}

/** The matcher's data from its stored form: only the index is parsed (as a page does it). */
export function storedMatcherData(stored: StoredMatcher): MatcherData {
  return {
    ...(JSON.parse(stored.index) as MatcherData),
    rules: stored.rules,
    trees: stored.trees,
    presence: stored.presence,
  };
}

/** The stored form of a matcher's data for `kinds`. */
export function toStoredMatcher(data: MatcherData, kinds: readonly EntityKind[]): StoredMatcher {
  const { rules, trees, presence, ...index } = data;
  return {
    format: MATCHER_FORMAT,
    kinds: [...kinds].sort(),
    index: JSON.stringify(index),
    rules,
    trees,
    presence,
  };
}
