import { describe, expect, it } from 'vitest';
import { ARTICLE } from '../../data/article';
import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import type { Entity } from '../../data/types';
import { findArticleMentions } from '../../lib/text/article-mentions';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { rulesFromEntities } from '../../lib/text/rules';
import { validateEntities } from '../../lib/text/validate-entities';
import { KIND_SUBSETS } from '../support/kinds';

const entities: readonly Entity[] = ENTITIES;
const excerpts = findArticleMentions(entities, ARTICLE.sentences);
const pageMatcher = compileMatcher(rulesFromEntities(entities), { givenNames: GIVEN_NAMES });

/** The entity ids found in `text` with the page rules, each with the text it matched. */
function matchesOnPage(text: string): string[] {
  return findMentions(pageMatcher, text).map((m) => `${m.entityId}: ${text.slice(m.start, m.end)}`);
}

const REQUIRED = [
  ['john-kerry', 'person'],
  ['vladimir-putin', 'person'],
  ['sergey-lavrov', 'person'],
  ['bashar-assad', 'person'],
  ['barack-obama', 'person'],
  ['moscow', 'place'],
  ['paris', 'place'],
  ['russia', 'place'],
  ['syria', 'place'],
  ['ukraine', 'place'],
  ['saudi-arabia', 'place'],
  ['sochi', 'place'],
  ['black-sea', 'place'],
  ['geneva', 'place'],
  ['turkey', 'place'],
  ['france', 'place'],
  ['russian-foreign-ministry', 'organization'],
  ['islamic-state', 'organization'],
  ['united-nations', 'organization'],
] as const;

describe('the entity data', () => {
  it('passes validation', () => {
    expect(validateEntities(entities, ARTICLE.sentences)).toEqual([]);
  });

  it('has unique ids', () => {
    const ids = entities.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('never lets two entities claim one alias', () => {
    const owners = new Map<string, string>();
    for (const entity of entities) {
      for (const alias of [...entity.aliases, ...(entity.articleAliases ?? [])]) {
        const key = alias.toLowerCase().replace(/-/g, ' ');
        expect(owners.get(key) ?? entity.id, `alias "${alias}"`).toBe(entity.id);
        owners.set(key, entity.id);
      }
    }
  });

  it.each(REQUIRED)('names %s as a %s', (id, kind) => {
    expect(entities.find((e) => e.id === id)?.kind).toBe(kind);
  });
});

describe.each(entities.map((e) => [e.id, e] as const))('%s in the article', (_id, entity) => {
  const found = excerpts[entity.id] ?? [];

  it('has at least one excerpt', () => {
    expect(found.length).toBeGreaterThan(0);
  });

  it('has excerpts that are verbatim article text and one of its names', () => {
    const names = [...entity.aliases, ...(entity.articleAliases ?? [])].map((a) => a.toLowerCase());
    for (const excerpt of found) {
      const sentence = ARTICLE.sentences[excerpt.sentenceIndex];
      if (!sentence) throw new Error(`no sentence ${excerpt.sentenceIndex}`);
      const text = sentence.text.slice(excerpt.start, excerpt.end);
      expect(ARTICLE.text.slice(sentence.start + excerpt.start, sentence.start + excerpt.end)).toBe(
        text,
      );
      expect(names).toContain(text.toLowerCase());
    }
  });

  it('cites only sentences that mention it', () => {
    const mentioning = new Set(found.map((e) => e.sentenceIndex));
    for (const sentence of entity.background) {
      for (const cite of sentence.cites) expect(mentioning, sentence.text).toContain(cite);
    }
  });
});

describe('article-only aliases', () => {
  it('find "the French capital" in the article but not on pages', () => {
    const sentence = ARTICLE.sentences[2]?.text ?? '';
    const paris = (excerpts.paris ?? []).filter((e) => e.sentenceIndex === 2);
    expect(paris.map((e) => sentence.slice(e.start, e.end))).toEqual([
      'the French capital',
      'Paris',
    ]);
    expect(matchesOnPage('climate talks outside the French capital')).toEqual([]);
  });

  it('find "US" in the article but not on pages', () => {
    expect((excerpts['united-states'] ?? []).length).toBeGreaterThan(0);
    expect(matchesOnPage('CONTACT US · About us · Us Weekly')).toEqual([]);
  });
});

describe('the page rules', () => {
  it.each([
    ['Michelle Obama said so', 'barack-obama'],
    ['First Lady Michelle Obama', 'barack-obama'],
    ['Mrs. Obama', 'barack-obama'],
    ['I will Repeal Obama care', 'barack-obama'],
    ['Kerry Washington stars', 'john-kerry'],
    ['Peter Andre Kerry Katona Katie Price', 'john-kerry'],
    ['a holiday in County Kerry', 'john-kerry'],
    ['Killarney, Co. Kerry', 'john-kerry'],
    ['the Ring of Kerry', 'john-kerry'],
    ['Teresa Heinz Kerry', 'john-kerry'],
    ['Hafez al-Assad ruled', 'bashar-assad'],
    ['Hafez al Assad ruled', 'bashar-assad'],
    ['Asma al-Assad', 'bashar-assad'],
    ['Maher Assad', 'bashar-assad'],
    ['Paris Hilton arrives', 'paris'],
    ['plaster of Paris', 'paris'],
    ['Maria Putin', 'vladimir-putin'],
    ['4Maria Putin5Scuba diving', 'vladimir-putin'],
    ['Roast Turkey with gravy', 'turkey'],
    ['roast Turkey', 'turkey'],
    ['Thanksgiving turkey', 'turkey'],
    ['THANKSGIVING TURKEY', 'turkey'],
    ['Turkey Breast Recipe', 'turkey'],
    ['Cold Turkey', 'turkey'],
    ['the Geneva Conventions', 'geneva'],
    ['a Moscow Mule', 'moscow'],
  ])('does not take "%s" for %s', (text, entityId) => {
    expect(findMentions(pageMatcher, text).filter((m) => m.entityId === entityId)).toEqual([]);
  });

  it.each([
    ['Secretary of State John Kerry said', 'john-kerry: Secretary of State John Kerry'],
    ['John F. Kerry', 'john-kerry: John F. Kerry'],
    [
      'President Barack Obama and First Lady Michelle Obama',
      'barack-obama: President Barack Obama',
    ],
    ['the Obama administration', 'barack-obama: Obama'],
    ['HOW WILL OBAMA PLAY?', 'barack-obama: OBAMA'],
    ["Obama's signature health care law", 'barack-obama: Obama'],
    ["Deport Putin's Daughter, Maria", 'vladimir-putin: Putin'],
    ['Sergei Lavrov', 'sergey-lavrov: Sergei Lavrov'],
    ['President Bashar al-Assad', 'bashar-assad: President Bashar al-Assad'],
    ['the al-Assad government', 'bashar-assad: al-Assad'],
    ['summits in Turkey and France', 'turkey: Turkey'],
    ['fighters of ISIS', 'islamic-state: ISIS'],
    ['the UN Security Council', 'united-nations: UN'],
    ['Kerry, King Abdullah and Lavrov', 'john-kerry: Kerry'],
  ])('finds "%s"', (text, expected) => {
    expect(matchesOnPage(text)).toContain(expected);
  });
});

describe('rules for some kinds', () => {
  it('holds the aliases of those kinds only', () => {
    const people = rulesFromEntities(entities, { kinds: new Set(['person']) });
    expect(new Set(people.map((r) => r.kind))).toEqual(new Set(['person']));
    const all = rulesFromEntities(entities);
    expect(people.length).toBe(all.filter((r) => r.kind === 'person').length);
    const matcher = compileMatcher(people);
    expect(findMentions(matcher, 'Kerry flew to Moscow').map((m) => m.entityId)).toEqual([
      'john-kerry',
    ]);
  });
});

describe('a matcher compiled for some kinds', () => {
  const all = compileMatcher(rulesFromEntities(entities));
  const texts = [
    ...ARTICLE.sentences.map((s) => s.text),
    'The Islamic State of Iraq and Syria and the Ministry of Foreign Affairs of the Russian Federation.',
    'Russian Foreign Ministry spokesman; the United Nations and the United States of America.',
  ];
  // Every kind switched on, too: given as a set, it must find what the whole matcher finds.
  it.each(KIND_SUBSETS)('finds what the whole matcher finds of those kinds: %s …', (...kinds) => {
    const shown = new Set(kinds);
    const some = compileMatcher(rulesFromEntities(entities, { kinds: shown }));
    for (const text of texts) {
      const expected = findMentions(all, text).filter((m) => shown.has(m.kind));
      expect(findMentions(some, text), text).toEqual(expected);
    }
  });
});
