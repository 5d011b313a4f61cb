import { ENTITIES } from '../../data/entities';
import { DEFAULT_SETTINGS, visibleKinds } from '../../lib/settings';
import { compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { type MatcherData, matcherFromData, matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import type { EntityKind } from '../../lib/text/types';

/**
 * The matcher for the kinds shown out of the box, compiled by the build (`define` in
 * wxt.config.ts): every page runs it, and compiling it costs a cold page about 2 ms. Not defined
 * in unit tests, where it is compiled like the others.
 */
declare const __BACKSTORY_DEFAULT_MATCHER__: MatcherData | undefined;

const keyOf = (kinds: ReadonlySet<EntityKind>) => [...kinds].sort().join();

const DEFAULT_KINDS = visibleKinds(DEFAULT_SETTINGS);
const DEFAULT_KEY = keyOf(DEFAULT_KINDS);

/** The matcher of the kinds shown out of the box, as the build embeds it. */
export function compileDefaultMatcher(): MatcherData {
  const rules = rulesFromEntities(ENTITIES, { kinds: DEFAULT_KINDS });
  return matcherToData(compileMatcher(rules));
}

/** The matcher for a set of kinds, made once per set: the default one from the build's data. */
export function createMatcherCache(): (kinds: ReadonlySet<EntityKind>) => Matcher {
  const matchers = new Map<string, Matcher>();
  return (kinds) => {
    const key = keyOf(kinds);
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher =
        key === DEFAULT_KEY && typeof __BACKSTORY_DEFAULT_MATCHER__ === 'object'
          ? matcherFromData(__BACKSTORY_DEFAULT_MATCHER__)
          : compileMatcher(rulesFromEntities(ENTITIES, { kinds }));
      matchers.set(key, matcher);
    }
    return matcher;
  };
}
