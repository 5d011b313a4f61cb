import { describe, expect, it } from 'vitest';
import type { Entity } from '../../data/types';
import {
  entityIdOf,
  libraryEntities,
  nameKey,
  standsAlone,
} from '../../lib/library/library-entities';
import { newArticle } from '../../lib/library/new-article';
import type { ExtractedEntities } from '../../lib/library/types';

const extracted = (people: ExtractedEntities['people']): ExtractedEntities => ({
  people,
  places: [],
  organizations: [],
});
const person = (name: string, aliases: string[], role: string | null = null) => ({
  name,
  aliases,
  role,
  mentions: aliases.length,
});

describe('nameKey and entityIdOf', () => {
  it.each([
    ['Bashar al-Assad', 'bashar al assad', 'bashar-al-assad'],
    ['Sergueï Lavrov', 'serguei lavrov', 'serguei-lavrov'],
    ['  R. David  Edelman ', 'r david edelman', 'r-david-edelman'],
    ['Путин', 'путин', 'путин'],
  ])('%j', (name, key, id) => {
    expect(nameKey(name)).toBe(key);
    expect(entityIdOf(name)).toBe(id);
  });
});

describe('standsAlone', () => {
  it.each([
    ['Lavrov', true],
    ['Netanyahu', true],
    ['Merkel', true],
    ['Scholz', true],
    ['Brown', false],
    ['Will', false],
    ['Maria', false],
    // Common surnames (data/names/common-surnames.ts), whatever the case or accents.
    ['Johnson', false],
    ['Lee', false],
    ['GARCÍA', false],
    ['Nguyen', false],
    ['Clinton', false],
  ])('%s → %s', (word, alone) => {
    expect(standsAlone(word)).toBe(alone);
  });
});

describe('libraryEntities', () => {
  it('folds possessives, keeps the full name first and leaves out lone words that are not distinctive', () => {
    const [lavrov, brown] = libraryEntities(
      extracted([
        person('Sergey Lavrov', ['Sergey Lavrov', 'Lavrov', 'Lavrov’s'], 'Foreign Minister'),
        person('Gordon Brown', ['Gordon Brown', 'Brown', "Brown's"]),
      ]),
    );
    expect(lavrov).toMatchObject({
      id: 'sergey-lavrov',
      name: 'Sergey Lavrov',
      kind: 'person',
      aliases: ['Sergey Lavrov', 'Lavrov'],
      role: 'Foreign Minister',
      background: [],
    });
    // "Brown" alone would light up every brown coat.
    expect(brown?.aliases).toEqual(['Gordon Brown']);
    expect(brown?.role).toBe('');
  });

  it('gives a person already known by a full form the known id, and keeps ids unique', () => {
    const known = [
      {
        id: 'vladimir-putin',
        name: 'Vladimir Putin',
        kind: 'person',
        aliases: ['Vladimir Putin', 'Putin'],
      },
    ] as unknown as Entity[];
    const entities = libraryEntities(
      {
        people: [
          person('President Vladimir Putin', ['Vladimir Putin', 'Putin']),
          person('Anna Berg', ['Anna Berg']),
          person('Anna  Berg', ['Anna  Berg']),
        ],
        places: [{ name: 'Moscow', aliases: ['Moscow'], mentions: 2 }],
        organizations: [{ name: 'Kremlin', aliases: ['Kremlin'], mentions: 1 }],
      },
      known,
    );
    expect(entities.map((e) => `${e.kind} ${e.id}`)).toEqual([
      'person vladimir-putin',
      'person anna-berg',
      'person anna-berg-2',
      'place moscow',
      'organization kremlin',
    ]);
  });

  it('makes no entity of a person with no form left to find', () => {
    expect(libraryEntities(extracted([person('Will', ['Will'])]))).toEqual([]);
  });
});

describe('newArticle', () => {
  it('checks the text first, then extracts its people with the known ids', () => {
    const article = newArticle({
      title: 'Talks in Geneva',
      text: 'Russian President Vladimir Putin met Foreign Minister Sergey Lavrov. Putin said little.',
      url: ' https://example.test/a ',
    });
    expect(article.url).toBe('https://example.test/a');
    const people = article.entities.filter((e) => e.kind === 'person');
    expect(people.map((e) => [e.id, e.role])).toEqual([
      ['vladimir-putin', 'Russian President'],
      ['sergey-lavrov', 'Foreign Minister'],
    ]);
  });

  it.each([
    ['', 'empty-text'],
    ['   \n ', 'empty-text'],
    ['x'.repeat(1024 * 1024 + 1), 'text-too-long'],
  ])('refuses a text of %# with a clear message, before extracting', (text, code) => {
    let extracted = false;
    const run = () =>
      newArticle({ title: 'T', text }, [], () => {
        extracted = true;
        return { people: [], places: [], organizations: [] };
      });
    expect(run).toThrow(expect.objectContaining({ code }));
    expect(extracted).toBe(false);
  });
});

describe('libraryEntities: forms the matcher can take', () => {
  it('drops what ends a form but is not part of it, and forms with separators it cannot find', () => {
    const [roosevelt, att] = libraryEntities(
      extracted([
        person('James Roosevelt Jr.', ['James Roosevelt Jr.', 'Roosevelt Jr.']),
        person('Smith/Jones', ['Smith/Jones', 'Dana Smith/Jones', 'Dana Jones']),
      ]),
    );
    expect(roosevelt?.aliases).toEqual(['James Roosevelt Jr', 'Roosevelt Jr']);
    expect(att?.aliases).toEqual(['Dana Jones']);
  });
});
