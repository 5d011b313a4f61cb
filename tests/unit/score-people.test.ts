import { describe, expect, it } from 'vitest';
import { parseGold } from '../../lib/library/parse-gold';
import {
  type GoldPage,
  isRoleRight,
  normalizeName,
  pairPeople,
  scorePeople,
} from '../../lib/library/score-people';
import type { ExtractedPerson } from '../../lib/library/types';

/** An extracted person with the given forms. */
function person(name: string, aliases: string[] = [], role: string | null = null): ExtractedPerson {
  return { name, aliases: [name, ...aliases], role, mentions: 1 + aliases.length };
}

describe('normalizeName', () => {
  it.each([
    ["Gates'", 'gates'],
    ["Putin's", 'putin'],
    ['Lavrov’s', 'lavrov'],
    ['Rick Pitino’', 'rick pitino'],
    ['S.B. Supriyadi', 'sb supriyadi'],
    ['  Robert \n  Gates ', 'robert gates'],
    ['ＯＢＡＭＡ', 'obama'],
    ['James Roosevelt Jr.', 'james roosevelt jr'],
  ])('%j → %j', (name, normal) => {
    expect(normalizeName(name)).toBe(normal);
  });
});

describe('isRoleRight', () => {
  it.each([
    ['Foreign Minister', 'Russian Foreign Minister', true],
    ['President', 'Russian President', false],
    ['Russian President', 'President', true],
    ['Defense Secretary', 'defense secretary', true],
    ['U.S. Ambassador', 'US ambassador', true],
    ['senior fellow', 'senior fellow at the Center for a New American Security', true],
    ['Chief economist', 'Chief economist, RBC Global Asset Management', true],
    ['Secretary', 'Navy Secretary', false],
    ['former president', 'vice president', false],
    ['Minister Foreign', 'Russian Foreign Minister', false],
    [null, 'President', false],
  ] as const)('%j for %j: %s', (extracted, gold, right) => {
    expect(isRoleRight(extracted, gold)).toBe(right);
  });
});

describe('pairPeople', () => {
  it('pairs full-name equalities before shared forms', () => {
    const gold = [
      { name: 'Barack Obama', forms: ['Barack Obama', 'Obama'], role: null },
      { name: 'Michelle Obama', forms: ['Michelle Obama', 'Obama'], role: null },
    ];
    // The first extracted person shares "Obama" with both; the second is Barack by full name.
    const extracted = [person('Michelle Obama', ['Obama']), person('Barack Obama')];
    expect(pairPeople(extracted, gold)).toEqual([1, 0]);
  });

  it('matches on any alias against any form, possessives normalised', () => {
    const gold = [{ name: 'Robert Gates', forms: ['Robert Gates', "Gates'"], role: null }];
    expect(pairPeople([person('Bob', ["Gates's"])], gold)).toEqual([0]);
  });
});

describe('scorePeople', () => {
  const page: GoldPage = {
    people: [
      {
        name: 'Sergey Lavrov',
        forms: ['Sergey Lavrov', 'Lavrov'],
        role: 'Russian Foreign Minister',
      },
      { name: 'Vladimir Putin', forms: ['Vladimir Putin', "Putin's"], role: 'Russian President' },
      { name: 'Anna Smith', forms: ['Anna Smith'], role: null },
    ],
    bylines: ['Jane Reporter'],
  };

  it('counts recall, precision and roles by the rule', () => {
    const score = scorePeople(
      [
        person('Sergey Lavrov', ['Lavrov'], 'Foreign Minister'),
        person('Putin', [], 'President'),
        person('Lavrov'),
        person('Jane Reporter'),
        person('Monday Morning'),
      ],
      page,
    );
    expect(score).toMatchObject({
      paired: 2,
      gold: 3,
      extracted: 4,
      withRole: 2,
      rightRoles: 1,
      missed: ['Anna Smith'],
      falsePositives: ['Lavrov', 'Monday Morning'],
    });
    expect(score.wrongRoles).toEqual([
      { name: 'Vladimir Putin', extracted: 'President', gold: 'Russian President' },
    ]);
  });

  it('leaves out people who match only a byline', () => {
    const score = scorePeople([person("Jane Reporter's")], page);
    expect(score.extracted).toBe(0);
    expect(score.falsePositives).toEqual([]);
  });

  it('counts a person without a gold role in neither side of role accuracy', () => {
    const score = scorePeople([person('Anna Smith', [], 'teacher')], page);
    expect(score).toMatchObject({ paired: 1, withRole: 0, rightRoles: 0 });
  });
});

describe('parseGold', () => {
  const article = { file: 'a.html', title: 'T', text: 'X', people: [], bylines: [] };

  it('reads a well-formed file', () => {
    expect(parseGold(JSON.stringify({ pages: [article] }))).toHaveLength(1);
  });

  it.each([
    ['not json', /not JSON/],
    ['[]', /pages is not a list/],
    [JSON.stringify({ pages: [{ ...article, text: 3 }] }), /pages\[0\]\.text is not a string/],
    [
      JSON.stringify({ pages: [{ ...article, people: [{ name: 'A', forms: 'A', role: null }] }] }),
      /pages\[0\]\.people\[0\]\.forms is not a list of strings/,
    ],
    [
      JSON.stringify({ pages: [{ ...article, people: [{ name: 'A', forms: [], role: 1 }] }] }),
      /pages\[0\]\.people\[0\]\.role/,
    ],
    [JSON.stringify({ pages: [{ ...article, bylines: null }] }), /pages\[0\]\.bylines/],
  ])('names the bad field of %s', (json, message) => {
    expect(() => parseGold(json)).toThrow(message);
  });
});
