import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { matcherFromData, matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import { KIND_SUBSETS } from '../support/kinds';

/** What the background and a page do: to data, through storage (as JSON here), and back. */
function roundTrip(matcher: Matcher): Matcher {
  return matcherFromData(JSON.parse(JSON.stringify(matcherToData(matcher))));
}

// Names the way pages write them, with the traps the vetoes and blocking rules are for.
const TRICKY = [
  'Secretary of State John Kerry met Vladimir Putin; PUTIN’S aide Sergei Lavrov said so.',
  'Michelle Obama and Kerry Washington spoke; President Obama did not. Obamacare passed.',
  'Bashar al-Assad, Bashar al Assad and Hafez al-Assad; the Islamic State of Iraq and Syria.',
  'County Kerry, Paris Hilton, Turkey for Thanksgiving, al-Qaeda, John\u00a0Kerry.',
  'Bo Obama, Malia Obama; Wladimir Putins Rede; Putina, Путиным, Лавров; Мария Путина.',
  'Vladimir Poutine; la poutine; Poutine au fromage; بشار الأسد; Hafez el-Assad; Asadzie.',
];

describe('precompiled matcher data', () => {
  it.each(KIND_SUBSETS)('rebuilds the matcher of %s exactly', (...kinds) => {
    const compiled = compileMatcher(rulesFromEntities(ENTITIES, { kinds: new Set(kinds) }), {
      givenNames: GIVEN_NAMES,
    });
    const rebuilt = roundTrip(compiled);
    expect(rebuilt.givenNames).toBe(compiled.givenNames);
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

  it('lists each rule once, shared by the aliases with the same vetoes', () => {
    const data = matcherToData(compileMatcher(rulesFromEntities(ENTITIES)));
    const keys = data.rules.map((rule) => JSON.stringify(rule));
    expect(new Set(keys).size).toBe(keys.length);
    expect(data.rules.length * 2).toBeLessThan(data.size);
  });
});
