import { describe, expect, it } from 'vitest';
import {
  compileMatcher,
  nodeTrieSource,
  parseAlias,
  trieSource,
} from '../../lib/text/compile-matcher';
import { findMentions, mayContinue } from '../../lib/text/find-mentions';
import type { EntityKind, MatchRule } from '../../lib/text/types';

function rule(entityId: string, kind: EntityKind, alias: string, vetoes: Partial<MatchRule> = {}) {
  return { entityId, kind, alias, notAfter: [], notBefore: [], ...vetoes };
}

const PUTIN_VETOES = { notAfter: ['Maria'] };
const OBAMA_VETOES = { notAfter: ['Michelle', 'First Lady'], notBefore: ['care'] };
const KERRY_VETOES = { notAfter: ['County'], notBefore: ['Washington', 'Katona'] };
const ASSAD_VETOES = { notAfter: ['Hafez', 'Hafez al'] };
const TURKEY_VETOES = { notAfter: ['Thanksgiving', 'roast'], notBefore: ['dinner'] };

const matcher = compileMatcher([
  rule('john-kerry', 'person', 'John Kerry', KERRY_VETOES),
  rule('john-kerry', 'person', 'Kerry', KERRY_VETOES),
  rule('john-kerry', 'person', 'John F. Kerry', KERRY_VETOES),
  rule('vladimir-putin', 'person', 'Putin', PUTIN_VETOES),
  rule('vladimir-putin', 'person', 'Vladimir Putin', PUTIN_VETOES),
  rule('bashar-assad', 'person', 'Assad', ASSAD_VETOES),
  rule('bashar-assad', 'person', 'al-Assad', ASSAD_VETOES),
  rule('bashar-assad', 'person', 'Bashar al-Assad', ASSAD_VETOES),
  rule('barack-obama', 'person', 'Obama', OBAMA_VETOES),
  rule('barack-obama', 'person', 'Barack Obama', OBAMA_VETOES),
  rule('turkey', 'place', 'Turkey', TURKEY_VETOES),
  rule('paris', 'place', 'Paris'),
  rule('sergey-lavrov', 'person', 'Сергей Лавров'),
]);

/** The matched substrings of `text`, with entity ids. */
function matches(text: string, kinds?: EntityKind[]) {
  return findMentions(matcher, text, kinds && new Set(kinds)).map(
    (m) => `${text.slice(m.start, m.end)}=${m.entityId}`,
  );
}

describe('findMentions', () => {
  it.each([
    ['plain surname', 'Yesterday Putin spoke.', ['Putin=vladimir-putin']],
    ['straight possessive', "Putin's plan", ['Putin=vladimir-putin']],
    ['curly possessive', 'Assad’s future', ['Assad=bashar-assad']],
    ['ALL CAPS', 'PUTIN MEETS KERRY', ['PUTIN=vladimir-putin', 'KERRY=john-kerry']],
    ['longest alias wins', 'John Kerry left', ['John Kerry=john-kerry']],
    ['longest hyphenated alias', 'Bashar al-Assad said', ['Bashar al-Assad=bashar-assad']],
    ['hyphen written as a space', 'Bashar al Assad said', ['Bashar al Assad=bashar-assad']],
    ['Title Case particle', 'Bashar Al-Assad said', ['Bashar Al-Assad=bashar-assad']],
    ['no-break space', 'John\u00a0Kerry', ['John\u00a0Kerry=john-kerry']],
    ['line break and indent', 'John\n      Kerry', ['John\n      Kerry=john-kerry']],
    ['initial with period', 'John F. Kerry', ['John F. Kerry=john-kerry']],
    ['non-Latin script', 'Сергей Лавров прибыл', ['Сергей Лавров=sergey-lavrov']],
    [
      'several in a row',
      'Obama, Putin and Assad',
      ['Obama=barack-obama', 'Putin=vladimir-putin', 'Assad=bashar-assad'],
    ],
    ['after punctuation', '(Kerry)', ['Kerry=john-kerry']],
    ['soft hyphen inside a word', 'Vladi\u00admir Putin', ['Vladi\u00admir Putin=vladimir-putin']],
    ['zero-width space inside a word', 'Pu\u200btin', ['Pu\u200btin=vladimir-putin']],
    [
      // Invisibles right after a name are part of it, like a vowel mark on its last letter.
      'several invisibles, before and after',
      '\u00adx Vla\u00addi\u00admir Pu\u200btin met Ker\u00adry\u00ad.',
      ['Vla\u00addi\u00admir Pu\u200btin=vladimir-putin', 'Ker\u00adry\u00ad=john-kerry'],
    ],
    ['name then full stop', 'He met Putin.', ['Putin=vladimir-putin']],
  ])('matches %s', (_label, text, expected) => {
    expect(matches(text)).toEqual(expected);
  });

  it.each([
    ['Michelle Obama', 'First Lady Michelle Obama spoke'],
    ['Michelle Obama across a line break', 'Michelle\nObama'],
    ['Obama care', 'I will repeal Obama care'],
    ['Obamacare', 'Obamacare is law'],
    ['hashtag in lower case', '#thanksobama'],
    ['inside a user name', 'u/SoVeryKerry'],
    ['Kerry Washington', 'Kerry Washington stars'],
    ['Kerry Katona', 'Kerry Katona Katie Price'],
    ['County Kerry', 'in County Kerry, Ireland'],
    ['Hafez al-Assad', 'Hafez al-Assad ruled'],
    ['Hafez Assad', 'Hafez Assad ruled'],
    ['lower-case word', 'a putin b'],
    ['name inside a word', 'Putinism and Kerrygold'],
    ['digit glued on', 'Putin2'],
    ['Thanksgiving turkey', 'our Thanksgiving Turkey'],
    ['turkey dinner', 'Turkey dinner at six'],
  ])('does not match %s', (_label, text) => {
    expect(matches(text)).toEqual([]);
  });

  it('keeps a veto to the words right next to the name', () => {
    expect(matches('Michelle, Obama said')).toEqual(['Obama=barack-obama']);
    expect(matches('Obama. Care is needed')).toEqual(['Obama=barack-obama']);
  });

  it.each([
    ['glued after another element', 'Popular Right NowObama', [17], ['Obama=barack-obama']],
    [
      'glued before another element',
      'Putin5 Kerry',
      [5],
      ['Putin=vladimir-putin', 'Kerry=john-kerry'],
    ],
    ['two names glued', 'KerryPutin', [5], ['Kerry=john-kerry', 'Putin=vladimir-putin']],
    [
      'a word split by markup',
      'Then Ke rry and Pu tin'.replace(/ (?=rry|tin)/g, ''),
      [7, 14],
      ['Kerry=john-kerry', 'Putin=vladimir-putin'],
    ],
    ['vetoed across a boundary', '4Maria Putin5', [1, 12], []],
  ])('uses element boundaries: %s', (_label, text, breaks, expected) => {
    const found = findMentions(matcher, text, undefined, new Set(breaks));
    expect(found.map((m) => `${text.slice(m.start, m.end)}=${m.entityId}`)).toEqual(expected);
  });

  it('needs a boundary at the start of a word without element breaks', () => {
    expect(matches('Popular Right NowObama')).toEqual([]);
  });

  it('finds places only when their kind is enabled', () => {
    const text = 'Kerry flew from Paris to Turkey';
    expect(matches(text, ['person'])).toEqual(['Kerry=john-kerry']);
    expect(matches(text, ['person', 'place'])).toEqual([
      'Kerry=john-kerry',
      'Paris=paris',
      'Turkey=turkey',
    ]);
  });

  it('reports offsets into the original text', () => {
    const text = 'Then Vladimir   Putin’s aides';
    const [mention] = findMentions(matcher, text);
    expect(mention).toMatchObject({
      start: 5,
      end: 21,
      entityId: 'vladimir-putin',
      kind: 'person',
    });
  });

  it('scans with ten thousand aliases and still finds the right one', () => {
    const many = Array.from({ length: 10_000 }, (_, i) =>
      rule(`e${i}`, 'person', `Name${i} Surname${i}`),
    );
    const big = compileMatcher([...many, rule('vladimir-putin', 'person', 'Putin')]);
    const found = findMentions(big, 'Name9999 Surname9999 met Putin and Name1 Surname2');
    expect(found.map((m) => m.entityId)).toEqual(['e9999', 'vladimir-putin']);
  });
});

describe('parseAlias', () => {
  it.each([
    ['John Kerry', { words: ['John', 'Kerry'], gaps: [' '] }],
    ['al-Assad', { words: ['al', 'Assad'], gaps: ['-'] }],
    ['John F. Kerry', { words: ['John', 'F', 'Kerry'], gaps: [' ', '.'] }],
    ['Türkiye', { words: ['Türkiye'], gaps: [] }],
    ['Сергей Лавров', { words: ['Сергей', 'Лавров'], gaps: [' '] }],
    ['Bashar al-Assad', { words: ['Bashar', 'al', 'Assad'], gaps: [' ', '-'] }],
    ['G7', { words: ['G7'], gaps: [] }],
  ])('splits %s', (alias, expected) => {
    expect(parseAlias(alias)).toEqual(expected);
  });

  it.each(['', 'Kerry ', 'John  Kerry', 'Kerry/Putin', '-Kerry', 'Kerry\u2019s'])(
    'rejects %j',
    (alias) => {
      expect(typeof parseAlias(alias)).toBe('string');
    },
  );
});

describe('trieSource', () => {
  it('matches exactly the given words, sharing prefixes', () => {
    const words = ['Bashar', 'Barack', 'Ba', 'al', 'a.b', 'Сергей'];
    const source = trieSource(words);
    expect(source).toContain('Ba(?:');
    const re = new RegExp(`^(?:${source})$`);
    for (const word of words) expect(re.test(word)).toBe(true);
    for (const other of ['B', 'Bar', 'Barackk', 'axb', 'Сер']) expect(re.test(other)).toBe(false);
  });
});

describe('nodeTrieSource', () => {
  // The page scan runs this over every text node: what it finds decides which nodes are read.
  const expression = new RegExp(nodeTrieSource(['al', 'Assad', 'Putin', 'Syria', 'Syrian']), 'g');
  const hits = (text: string) => [...text.matchAll(expression)].map((m) => [m.index, m[0]]);

  it.each([
    [
      'total al-Assad, Assad',
      [
        [6, 'al'],
        [9, 'Assad'],
        [16, 'Assad'],
      ],
    ],
    [
      'Putin’s and Syrian',
      [
        [0, 'Putin'],
        [12, 'Syrian'],
      ],
    ],
    // An invisible is a hit of its own: the scan reads the word around it.
    ['Pu\u00adtin and Vla', [[2, '\u00ad']]],
    [
      'Put\u200b\u200bin',
      [
        [3, '\u200b'],
        [4, '\u200b'],
      ],
    ],
    [
      'Putin\u00ad',
      [
        [0, 'Putin'],
        [5, '\u00ad'],
      ],
    ],
    ['Putinesque, Assad2', []],
    // A first word cut short by the end of the node is the scan's to look up (rootPrefixes).
    ['then Pu', []],
    ['then Pu\u00ad', [[7, '\u00ad']]],
    ['then a', []],
    ['Syria', [[0, 'Syria']]],
    ['ta', []],
    ['Pux', []],
  ])('in %j finds %j', (text, expected) => {
    expect(hits(text)).toEqual(expected);
  });
});

describe('mayContinue', () => {
  // The page scan asks this of one text node's text: false only when that text shows no alias.
  it.each([
    ['al-Qaeda', 'al', false],
    ['al, then', 'al', false],
    ['al-Assad', 'al', true],
    ['al Assad', 'al', true],
    ['al', 'al', true],
    ['al-', 'al', true],
    ['al Ass', 'al', true],
    ['al-Qa', 'al', false],
    ['Bashar al-Qaeda', 'Bashar', false],
    ['Bashar al', 'Bashar', true],
    ['John F. Kennedy', 'John', false],
    ['John F. ', 'John', true],
    ['John Kerry', 'John', true],
    ['Kerry Washington', 'Kerry', true],
  ])('%s (first word %s): %s', (text, word, expected) => {
    const first = matcher.roots.get(word);
    expect(first).toBeDefined();
    expect(mayContinue(first as NonNullable<typeof first>, text, word.length)).toBe(expected);
  });
});
