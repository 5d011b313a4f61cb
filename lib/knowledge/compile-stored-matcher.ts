import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import type { Entity } from '../../data/types';
import { COMMON_ENGLISH } from '../../data/words/common-english';
import { compileMatcher } from '../text/compile-matcher';
import { matcherToData } from '../text/matcher-data';
import { rulesFromEntities } from '../text/rules';
import type { EntityKind } from '../text/types';
import { MATCHER_FORMAT, type StoredMatcher, toStoredMatcher } from './stored-matcher';

/**
 * Compiles the matcher of `kinds` for the content scripts to load as it is (no page compiles),
 * with the given names: they reach pages in the stored data, never in the content script.
 */
export function compileStoredMatcher(
  kinds: ReadonlySet<EntityKind>,
  entities: readonly Entity[] = ENTITIES,
): StoredMatcher {
  const rules = rulesFromEntities(entities, { kinds });
  const data = matcherToData(
    compileMatcher(rules, { givenNames: GIVEN_NAMES, commonWords: COMMON_ENGLISH }),
  );
  return { ...toStoredMatcher(data, [...kinds]), compiledAt: Date.now() };
}

/** Whether `stored` is a matcher of this build's format for exactly `kinds`. */
export function isStoredMatcherFor(stored: unknown, kinds: ReadonlySet<EntityKind>): boolean {
  if (typeof stored !== 'object' || stored === null) return false;
  const { format, kinds: storedKinds } = stored as Partial<StoredMatcher>;
  return (
    format === MATCHER_FORMAT &&
    Array.isArray(storedKinds) &&
    storedKinds.join() === [...kinds].sort().join()
  );
}
