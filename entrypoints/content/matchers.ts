import { ENTITIES } from '../../data/entities';
import { DEFAULT_SETTINGS, visibleKinds } from '../../lib/settings';
import { compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { type MatcherData, matcherFromData, matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import type { EntityKind } from '../../lib/text/types';

/**
 * The matcher for the kinds shown out of the box, compiled by the build (`define` in
 * wxt.config.ts): every page runs it, and compiling it costs a cold page about 2 ms. It comes as
 * JSON text, not as an object literal: the engine scans a string literal with the bundle on
 * every page at almost no cost and `JSON.parse` reads it faster than it runs a literal this size.
 * Not defined in unit tests, where it is compiled like the others.
 */
declare const __BACKSTORY_DEFAULT_MATCHER__: string | undefined;

const keyOf = (kinds: ReadonlySet<EntityKind>) => [...kinds].sort().join();

const DEFAULT_KINDS = visibleKinds(DEFAULT_SETTINGS);
const DEFAULT_KEY = keyOf(DEFAULT_KINDS);

/** The matcher of the kinds shown out of the box, as data (the build embeds it as JSON). */
export function compileDefaultMatcher(): MatcherData {
  const rules = rulesFromEntities(ENTITIES, { kinds: DEFAULT_KINDS });
  return matcherToData(compileMatcher(rules));
}

/** The `define` value that embeds the default matcher: a string literal of its JSON. */
export function defaultMatcherDefine(): string {
  return JSON.stringify(JSON.stringify(compileDefaultMatcher()));
}

/** The matcher for a set of kinds, made once per set: the default one from the build's data. */
export function createMatcherCache(): (kinds: ReadonlySet<EntityKind>) => Matcher {
  const matchers = new Map<string, Matcher>();
  return (kinds) => {
    const key = keyOf(kinds);
    let matcher = matchers.get(key);
    if (!matcher) {
      matcher =
        key === DEFAULT_KEY && typeof __BACKSTORY_DEFAULT_MATCHER__ === 'string'
          ? matcherFromData(JSON.parse(__BACKSTORY_DEFAULT_MATCHER__) as MatcherData)
          : compileMatcher(rulesFromEntities(ENTITIES, { kinds }));
      matchers.set(key, matcher);
    }
    return matcher;
  };
}
