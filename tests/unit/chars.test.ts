import { describe, expect, it } from 'vitest';
import {
  hasInvisible,
  isWordCharAt,
  isWordPartAt,
  startsWord,
  wordEnd,
  wordPartsEnd,
  wordPartsStart,
} from '../../lib/text/chars';

/** The definition the fast paths must agree with. */
const WORD_CHAR = /^[\p{L}\p{M}\p{N}]$/u;

describe('isWordCharAt', () => {
  it('agrees with the Unicode definition on ASCII, Latin and general punctuation', () => {
    const ranges: [number, number][] = [
      [0x00, 0x24f],
      [0x2000, 0x206f],
    ];
    const disagreements: string[] = [];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code++) {
        const char = String.fromCharCode(code);
        if (isWordCharAt(char, 0) !== WORD_CHAR.test(char)) {
          disagreements.push(`U+${code.toString(16).padStart(4, '0')}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
  });

  it('reads other scripts, marks and astral letters as word characters', () => {
    expect(isWordCharAt('Путин', 2)).toBe(true);
    expect(isWordCharAt('بوتين', 0)).toBe(true);
    expect(isWordCharAt('e\u0301', 1)).toBe(true);
    expect(isWordCharAt('𝐀', 0)).toBe(true);
    expect(isWordCharAt('𝐀', 1)).toBe(true);
    expect(isWordCharAt('a\u2019s', 1)).toBe(false);
    expect(isWordCharAt('a', 1)).toBe(false);
  });

  it('ends a word at the first character outside it', () => {
    expect(wordEnd('Assad\u2019s', 0)).toBe(5);
    expect(wordEnd('Ren\u00e9e Fleming', 0)).toBe(5);
    expect(wordEnd(' Kerry', 0)).toBe(0);
  });
});

describe('hasInvisible', () => {
  it.each([
    ['Vladimir Putin', 0, 99, false],
    ['Vladi\u00admir', 0, 99, true],
    ['Pu\u200btin', 0, 99, true],
    ['Pu\u200ctin Pu\u200dtin Pu\u2060tin', 0, 99, true],
    ['Pu\u00adtin and Kerry', 5, 99, false],
    ['Kerry and Pu\u00adtin', 0, 5, false],
    ['Kerry and Pu\u00adtin', 8, 13, true],
  ])('in %j from %i to %i: %s', (text, from, to, expected) => {
    expect(hasInvisible(text, from, to)).toBe(expected);
  });
});

describe('word parts (letters and invisible characters, as a page shows a word)', () => {
  it.each([
    // text, index, word start (not before 0), word end from there, whether a word starts at index
    ['Pu\u00adtin rules', 2, 0, 6, false],
    ['xPu\u00adtin', 3, 0, 7, false],
    ['a \u00adPutin', 2, 2, 8, true],
    ['\u200bPutin', 1, 0, 6, true],
    ['Sergey', 3, 0, 6, false],
    ['-Assad', 1, 1, 6, true],
  ] as const)(
    'in %j at %i: the word runs %i to %i; a word starts at the index: %s',
    (text, at, start, end, starts) => {
      expect(wordPartsStart(text, at, 0)).toBe(start);
      expect(wordPartsEnd(text, start)).toBe(end);
      expect(startsWord(text, at)).toBe(starts);
    },
  );

  it('does not reach back before where it was asked to stop', () => {
    expect(wordPartsStart('Pu\u00adtin', 2, 1)).toBe(1);
  });

  it('counts an invisible character before a word as nothing', () => {
    expect(startsWord('x\u00adPutin', 2)).toBe(false);
    expect(isWordPartAt('a\u2060b', 1)).toBe(true);
    expect(isWordPartAt('a b', 1)).toBe(false);
  });
});
