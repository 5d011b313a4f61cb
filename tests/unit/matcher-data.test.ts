import { describe, expect, it, vi } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { type CompiledMatcher, compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { matcherFromData, matcherToData } from '../../lib/text/matcher-data';
import { rulesFromEntities } from '../../lib/text/rules';
import { KIND_SUBSETS } from '../support/kinds';

/** What the background and a page do: to data, through storage (as JSON here), and back. */
function roundTrip(matcher: CompiledMatcher): Matcher {
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
    const words = [...compiled.roots.keys()];
    for (const word of words) {
      expect(rebuilt.roots.has(word)).toBe(true);
      expect(rebuilt.roots.get(word)).toEqual(compiled.roots.get(word));
      // Every part of it, and the word with more after it.
      for (let end = 0; end <= word.length; end++) {
        const part = word.slice(0, end);
        expect(rebuilt.rootPrefixes.has(part), part).toBe(compiled.rootPrefixes.has(part));
        expect(rebuilt.roots.has(part), part).toBe(compiled.roots.has(part));
      }
      expect(rebuilt.roots.has(`${word}x`)).toBe(compiled.roots.has(`${word}x`));
      expect(rebuilt.rootPrefixes.has(`${word}x`)).toBe(compiled.rootPrefixes.has(`${word}x`));
    }
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
    const rules = data.ruleEnds.map((end, i) => data.rules.slice(data.ruleEnds[i - 1] ?? 0, end));
    expect(new Set(rules).size).toBe(rules.length);
    const trees = data.ends.map((end, i) => data.trees.slice(data.ends[i - 1] ?? 0, end));
    const uses = trees
      .map((tree) => JSON.parse(tree) as [number[], unknown][])
      .reduce((sum, nodes) => sum + nodes.reduce((n, [indexes]) => n + indexes.length, 0), 0);
    expect(uses).toBeGreaterThan(rules.length);
  });

  it('makes the trie of a first word only when a page meets that word, once', () => {
    const data = matcherToData(compileMatcher(rulesFromEntities(ENTITIES)));
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const matcher = matcherFromData(data);
      expect(parse).not.toHaveBeenCalled();
      expect(matcher.roots.has('Putin')).toBe(true);
      expect(matcher.rootPrefixes.has('Puti')).toBe(true);
      expect(parse).not.toHaveBeenCalled();
      const putin = matcher.roots.get('Putin');
      // The trie, and its rule.
      expect(parse).toHaveBeenCalledTimes(2);
      expect(matcher.roots.get('Putin')).toBe(putin);
      expect(parse).toHaveBeenCalledTimes(2);
      expect(matcher.roots.get('Putting')).toBeUndefined();
    } finally {
      parse.mockRestore();
    }
  });

  it('finds the same names with 10,000 more first words, sorted apart from the people', () => {
    const people = rulesFromEntities(ENTITIES, { kinds: new Set(['person']) });
    const name = (i: number) => `Zq${i.toString(36)}ander Vintermark${i}`;
    const many = Array.from({ length: 10_000 }, (_, i) => ({
      entityId: `synthetic-${i}`,
      kind: 'person' as const,
      alias: name(i),
      notAfter: [],
      notBefore: [],
    }));
    const compiled = compileMatcher([...people, ...many]);
    const rebuilt = roundTrip(compiled);
    const text = `${TRICKY[0]} Then ${name(9997)} met ${name(10)}, not Zq${(9997).toString(36)}ander Vintermark10.`;
    expect(findMentions(rebuilt, text)).toEqual(findMentions(compiled, text));
    const found = findMentions(rebuilt, text).map((m) => m.entityId);
    expect(found).toEqual(
      expect.arrayContaining(['vladimir-putin', 'synthetic-9997', 'synthetic-10']),
    );
    expect(found.filter((id) => id.startsWith('synthetic'))).toHaveLength(2);
  });
});
