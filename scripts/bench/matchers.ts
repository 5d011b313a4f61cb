/**
 * The matchers the bench measures with, made from the data and the text engine alone (runs in
 * Node and, bundled, in the page): the people's aliases the content script looks for out of the
 * box, every kind, and a library of 10,000 synthetic person names.
 */
import { ENTITIES } from '../../data/entities';
import { ENTITY_KINDS } from '../../data/types';
import { type StoredMatcher, toStoredMatcher } from '../../lib/knowledge/stored-matcher';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import type { MatchRule } from '../../lib/text/types';
import { syntheticNames } from './synthetic';
import type { MatcherChoice } from './types';

/** The kinds the content script shows out of the box. */
export const PEOPLE_ONLY = new Set(['person'] as const);
/** Every kind, for the scans with all of them switched on. */
export const ALL_KINDS = new Set(ENTITY_KINDS);
/** Synthetic person names in the library matcher. */
export const LIBRARY_ALIASES = 10_000;

/** The rules of a {@link MatcherChoice}. */
export function rulesFor(choice: MatcherChoice): MatchRule[] {
  if (choice === 'allKinds') return rulesFromEntities(ENTITIES);
  const rules = rulesFromEntities(ENTITIES, { kinds: PEOPLE_ONLY });
  if (choice === 'real') return rules;
  const extra = syntheticNames(LIBRARY_ALIASES).map(
    (alias, i): MatchRule => ({
      entityId: `synthetic-${i}`,
      kind: 'person',
      alias,
      notAfter: [],
      notBefore: [],
    }),
  );
  return [...rules, ...extra];
}

/**
 * The `define` that embeds the people's matcher in the page harness as the build embeds the
 * content script's: a string literal of its data's JSON, rebuilt on the page with
 * `matcherFromData`.
 */
export function peopleMatcherDefine(): string {
  return JSON.stringify(JSON.stringify(matcherToData(compileMatcher(rulesFor('real')))));
}

/**
 * The library matcher as the background stores it for the content script: the bundled people
 * plus 10,000 synthetic names, compiled here, off the page.
 */
export function storedLibraryMatcher(): StoredMatcher {
  return toStoredMatcher(matcherToData(compileMatcher(rulesFor('synthetic10k'))), ['person']);
}
