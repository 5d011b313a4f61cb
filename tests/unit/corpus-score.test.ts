import { describe, expect, it } from 'vitest';
import type { CollectedRange } from '../e2e/corpus/in-page';
import type { LabelledMention, PageLabels } from '../e2e/corpus/labels';
import { judge, mergeSpans, ratio, type Span, scorePage } from '../e2e/corpus/score';

/** The ranges covering each `[start, end)`, as the page's collector returns them. */
const ranges = (...at: [number, number][]): CollectedRange[] =>
  at.map(([start, end], index) => ({ name: 'backstory-person', index, start, end }));

const spansOf = (text: string, ...at: [number, number][]) =>
  mergeSpans(ranges(...at), text).map((s) => text.slice(s.start, s.end));

/** Ranges over every occurrence of each word in `text`. */
function rangesOver(text: string, ...words: string[]): [number, number][] {
  const at: [number, number][] = [];
  for (const word of words) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
      at.push([i, i + word.length]);
    }
  }
  return at;
}

const mention = (
  text: string,
  surname: string,
  label: 'target' | 'other',
  visible = true,
  nth = 0,
): LabelledMention => {
  let at = text.indexOf(surname);
  for (let i = 0; i < nth; i++) at = text.indexOf(surname, at + 1);
  return { surname, text: surname, global_offset: at, visible, label, context: '' };
};

const page = (text: string, mentions: LabelledMention[]): PageLabels => ({
  file: 'page.html',
  charset: 'utf-8',
  bytes: text.length,
  walk: { node_count: 1, text_length: text.length },
  mentions,
});

describe('mergeSpans (corpus README, scoring rule 2)', () => {
  it.each([
    ['a space', 'Barack Obama spoke', ['Barack', 'Obama'], ['Barack Obama']],
    ['a period', 'Barack H. Obama spoke', ['Barack', 'H', 'Obama'], ['Barack H. Obama']],
    ['a hyphen', 'al-Assad spoke', ['al', 'Assad'], ['al-Assad']],
    ['several of them', 'J. - Kerry', ['J', 'Kerry'], ['J. - Kerry']],
  ])('merges ranges separated only by %s', (_, text, words, expected) => {
    expect(spansOf(text, ...rangesOver(text, ...words))).toEqual(expected);
  });

  it.each([
    ['a line break', 'Obama\nPutin'],
    ['a tab', 'Obama\tPutin'],
    ['a no-break space', 'Obama\u00a0Putin'],
    ['a comma', 'Obama, Putin'],
    ['a word', 'Obama and Putin'],
    ['an apostrophe', "Obama's Putin"],
  ])('keeps ranges separated by %s apart', (_, text) => {
    expect(spansOf(text, ...rangesOver(text, 'Obama', 'Putin'))).toEqual(['Obama', 'Putin']);
  });

  it('merges overlapping and touching ranges, whatever their order', () => {
    const text = 'Vladimir Putin';
    expect(spansOf(text, [9, 14], [0, 10], [10, 12])).toEqual(['Vladimir Putin']);
  });

  it('keeps the ranges each span came from', () => {
    const [span] = mergeSpans(ranges([0, 6], [7, 12]), 'Barack Obama');
    expect(span?.ranges.map((r) => r.index)).toEqual([0, 1]);
  });

  it('returns no span for no range', () => {
    expect(mergeSpans([], 'Obama')).toEqual([]);
  });
});

describe('judge and scorePage (corpus README, scoring rules 3–5)', () => {
  const places = new Set(['Moscow']);
  const span = (text: string, word: string, nth = 0): Span => {
    let at = text.indexOf(word);
    for (let i = 0; i < nth; i++) at = text.indexOf(word, at + 1);
    return { start: at, end: at + word.length, ranges: ranges([at, at + word.length]) };
  };

  it('a span over a target is right, even if it also covers an `other`', () => {
    const text = 'Obama and Michelle Obama';
    const labels = page(text, [mention(text, 'Obama', 'target'), mention(text, 'Obama', 'other')]);
    expect(judge(span(text, 'Obama'), labels, text, places).verdict).toBe('tp');
  });

  it('a span over a visible `other` is wrong; over a hidden one only, neither', () => {
    const text = 'Kerry Katona and Kerry Katona';
    const labels = page(text, [
      mention(text, 'Kerry', 'other', true, 0),
      mention(text, 'Kerry', 'other', false, 1),
    ]);
    expect(judge(span(text, 'Kerry', 0), labels, text, places).verdict).toBe('fp');
    expect(judge(span(text, 'Kerry', 1), labels, text, places).verdict).toBe('hidden-only');
  });

  it('an unlabelled span is wrong unless it is a place or organisation', () => {
    const text = 'In Moscow, Lavrov said';
    const labels = page(text, []);
    expect(judge(span(text, 'Moscow'), labels, text, places).verdict).toBe('place-org');
    expect(judge(span(text, 'Lavrov'), labels, text, places).verdict).toBe('fp');
  });

  it('counts visible targets found and missed, and lists false positives', () => {
    const text = 'Obama met Putin; Kerry Katona watched; a hidden Kerry.';
    const labels = page(text, [
      mention(text, 'Obama', 'target'),
      mention(text, 'Putin', 'target'),
      mention(text, 'Kerry', 'other'),
      mention(text, 'Kerry', 'target', false, 1),
    ]);
    const spans = [span(text, 'Obama'), span(text, 'Kerry')];
    const score = scorePage(spans, labels, text, places);
    expect(score).toMatchObject({ targets: 2, found: 1, tp: 1, fp: 1 });
    expect(score.missed.map((m) => m.text)).toEqual(['Putin']);
    expect(score.falsePositives.map((f) => f.text)).toEqual(['Kerry']);
  });

  it('a page nobody highlights has every visible target missed', () => {
    const text = 'Obama and Putin';
    const labels = page(text, [mention(text, 'Obama', 'target'), mention(text, 'Putin', 'target')]);
    expect(scorePage([], labels, text, places)).toMatchObject({ targets: 2, found: 0, tp: 0 });
  });
});

describe('ratio', () => {
  it('divides to three places, and shows a dash for nothing to divide by', () => {
    expect(ratio(2, 3)).toBe('0.667');
    expect(ratio(0, 0)).toBe('—');
  });
});
