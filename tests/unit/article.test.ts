import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ARTICLE, ARTICLE_SHA256 } from '../../data/article';
import { splitSentences } from '../../lib/text/sentences';

// Read from disk, not through the bundler, so the hash is of the bytes that ship.
const FILE = readFileSync(fileURLToPath(import.meta.resolve('../../data/article.txt')));

// The first words of every sentence: a change here changes every deep link (`#s-7`).
const EXPECTED_STARTS = [
  [0, 'John Kerry heads to Moscow'],
  [1, 'Paris: US Secretary of State'],
  [2, 'After spending last week at'],
  [3, 'Before departing, Kerry will attend'],
  [4, 'The trip will be Kerry’s'],
  [5, 'President Barack Obama has seen'],
  [6, 'A US diplomat in Paris,'],
  [7, 'A statement issued by the'],
  [8, 'Russia says its airstrikes since'],
  [9, 'Assad’s future and his potential'],
] as const;

describe('the bundled article', () => {
  it('is byte for byte the reviewed copy', () => {
    expect(createHash('sha256').update(FILE).digest('hex')).toBe(ARTICLE_SHA256);
  });

  it('exposes the file text unchanged', () => {
    expect(ARTICLE.text).toBe(FILE.toString('utf8'));
  });

  it('has its metadata in the text', () => {
    expect(ARTICLE.sentences[0]?.text).toBe(ARTICLE.headline);
    expect(ARTICLE.sentences[1]?.text.startsWith(`${ARTICLE.dateline}: `)).toBe(true);
    expect(ARTICLE.year).toBe(2015);
  });
});

describe('the article sentences', () => {
  const { text, sentences } = ARTICLE;

  it('are split the same way every time', () => {
    expect(splitSentences(text)).toEqual(sentences);
  });

  it('keep their count', () => {
    expect(sentences).toHaveLength(EXPECTED_STARTS.length);
  });

  it.each(EXPECTED_STARTS)('sentence %i starts with "%s"', (index, start) => {
    expect(sentences[index]?.index).toBe(index);
    expect(sentences[index]?.text.startsWith(start)).toBe(true);
  });

  it('are verbatim, trimmed slices of the text', () => {
    for (const sentence of sentences) {
      expect(sentence.text).toBe(text.slice(sentence.start, sentence.end));
      expect(sentence.text).toBe(sentence.text.trim());
      expect(sentence.text).not.toBe('');
    }
  });

  it('cover the whole text, with only whitespace between them', () => {
    let covered = 0;
    for (const sentence of sentences) {
      expect(text.slice(covered, sentence.start).trim()).toBe('');
      covered = sentence.end;
    }
    expect(covered).toBe(text.length);
  });

  it('do not break at semicolons', () => {
    expect(sentences[4]?.text).toContain('this year; He earlier met with Putin');
    expect(sentences[4]?.text).toContain('in May; but his first since');
    expect(sentences[4]?.text.endsWith('in Syria in late September.')).toBe(true);
  });

  it('do not break inside quotations', () => {
    expect(sentences[6]?.text).toContain('Russian “grievances” ahead of');
    expect(sentences[7]?.text).toContain('‘bad’ and ‘good’ ones” and complaining');
    expect(sentences[7]?.text).toContain('“full- fledged coordination” between');
  });

  it('end the article at its last period, with no newline after it', () => {
    expect(text.endsWith('Friday.')).toBe(true);
    expect(sentences.at(-1)?.text.endsWith('at the United Nations on Friday.')).toBe(true);
  });
});

describe('splitSentences', () => {
  it.each([
    ['an empty text', '', []],
    ['whitespace only', ' \n\n ', []],
    ['a headline and a paragraph', 'Headline here\n\nBody text.', ['Headline here', 'Body text.']],
    [
      'a hard-wrapped paragraph',
      'One line\ngoes on. Next one.',
      ['One line\ngoes on.', 'Next one.'],
    ],
    [
      'the US with no periods',
      'The US and Russia met. They talked.',
      ['The US and Russia met.', 'They talked.'],
    ],
    [
      'dotted initialisms',
      'U.S. officials met U.N. envoys. Then left.',
      ['U.S. officials met U.N. envoys.', 'Then left.'],
    ],
    [
      'titles and initials',
      'Mr. Lavrov met John F. Kerry. They spoke.',
      ['Mr. Lavrov met John F. Kerry.', 'They spoke.'],
    ],
    [
      'a quote closed before the period',
      'He spoke of “grievances”. Then he left.',
      ['He spoke of “grievances”.', 'Then he left.'],
    ],
    [
      'a quote closed after the period',
      '“We will go.” Kerry said so.',
      ['“We will go.”', 'Kerry said so.'],
    ],
    ['a question and an exclamation', 'Why? Because! Done.', ['Why?', 'Because!', 'Done.']],
    [
      'a decimal and a lower-case word',
      'It rose 3.5 percent. e.g. this. Yes.',
      ['It rose 3.5 percent. e.g. this.', 'Yes.'],
    ],
    ['a semicolon', 'One clause; Another clause.', ['One clause; Another clause.']],
    ['Windows line endings', 'Head\r\n\r\nBody.\r\n', ['Head', 'Body.']],
  ])('splits %s', (_name, text, expected) => {
    const sentences = splitSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(expected);
    sentences.forEach((s, i) => {
      expect(s.index).toBe(i);
      expect(text.slice(s.start, s.end)).toBe(s.text);
    });
  });
});
