import { afterEach, describe, expect, it } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import {
  compileDefaultMatcher,
  createMatcherCache,
  defaultMatcherDefine,
} from '../../entrypoints/content/matchers';
import { compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { matcherFromData, matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import { KIND_SUBSETS } from '../support/kinds';

/** What the build does: to data, through JSON as `define` embeds it, and back. */
function roundTrip(matcher: Matcher): Matcher {
  return matcherFromData(JSON.parse(JSON.stringify(matcherToData(matcher))));
}

// Names the way pages write them, with the traps the vetoes and blocking rules are for.
const TRICKY = [
  'Secretary of State John Kerry met Vladimir Putin; PUTIN’S aide Sergei Lavrov said so.',
  'Michelle Obama and Kerry Washington spoke; President Obama did not. Obamacare passed.',
  'Bashar al-Assad, Bashar al Assad and Hafez al-Assad; the Islamic State of Iraq and Syria.',
  'County Kerry, Paris Hilton, Turkey for Thanksgiving, al-Qaeda, John\u00a0Kerry.',
];

describe('precompiled matcher data', () => {
  afterEach(() => {
    delete (globalThis as { __BACKSTORY_DEFAULT_MATCHER__?: unknown })
      .__BACKSTORY_DEFAULT_MATCHER__;
  });

  it.each(KIND_SUBSETS)('rebuilds the matcher of %s exactly', (...kinds) => {
    const compiled = compileMatcher(rulesFromEntities(ENTITIES, { kinds: new Set(kinds) }));
    const rebuilt = roundTrip(compiled);
    expect(rebuilt.roots).toEqual(compiled.roots);
    expect(rebuilt.rootPrefixes).toEqual(compiled.rootPrefixes);
    expect(rebuilt.size).toBe(compiled.size);
    for (const key of ['candidates', 'nodeCandidates'] as const) {
      expect(rebuilt[key].source).toBe(compiled[key].source);
      expect(rebuilt[key].flags).toBe(compiled[key].flags);
    }
    for (const text of [ARTICLE.text, ...TRICKY]) {
      expect(findMentions(rebuilt, text)).toEqual(findMentions(compiled, text));
    }
  });

  it('keeps nodes shared where the trie shares them (both gaps of a hyphenated name)', () => {
    const rebuilt = roundTrip(compileMatcher(rulesFromEntities(ENTITIES)));
    const al = rebuilt.roots.get('al');
    expect(al).toBeDefined();
    expect(al?.children.get('-Assad')).toBeDefined();
    expect(al?.children.get(' Assad')).toBe(al?.children.get('-Assad'));
  });

  it('lists each veto list once, however many aliases share it', () => {
    const data = matcherToData(compileMatcher(rulesFromEntities(ENTITIES)));
    const keys = data.lists.map((list) => JSON.stringify(list));
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.lists.length).toBeLessThan(data.rules.length);
  });

  it('the build’s define is a string literal of the data’s JSON', () => {
    // What Vite puts in the bundle in place of __BACKSTORY_DEFAULT_MATCHER__, evaluated.
    const embedded = new Function(`return ${defaultMatcherDefine()};`)() as unknown;
    expect(typeof embedded).toBe('string');
    expect(JSON.parse(embedded as string)).toEqual(compileDefaultMatcher());
  });

  it('the content script builds its first matcher from the build’s data, others it compiles', () => {
    const data = compileDefaultMatcher();
    // A marker the compiler would never produce: proof that the data was used.
    // As the build embeds it: JSON text.
    (globalThis as { __BACKSTORY_DEFAULT_MATCHER__?: unknown }).__BACKSTORY_DEFAULT_MATCHER__ =
      JSON.stringify({ ...data, size: -1 });
    const matcherFor = createMatcherCache();
    const people = matcherFor(new Set(['person']));
    expect(people.size).toBe(-1);
    expect(findMentions(people, TRICKY[0] as string).map((m) => m.entityId)).toEqual([
      'john-kerry',
      'vladimir-putin',
      'vladimir-putin',
      'sergey-lavrov',
    ]);
    expect(matcherFor(new Set(['person']))).toBe(people);
    expect(matcherFor(new Set(['person', 'place'])).size).toBeGreaterThan(0);
  });

  it('without the build’s data (unit tests, dev tools) the content script compiles every matcher', () => {
    const matcherFor = createMatcherCache();
    const people = matcherFor(new Set(['person']));
    const compiled = compileMatcher(rulesFromEntities(ENTITIES, { kinds: new Set(['person']) }));
    expect(people.size).toBe(compiled.size);
    expect(people.roots).toEqual(compiled.roots);
  });
});
