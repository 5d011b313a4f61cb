import { describe, expect, it } from 'vitest';
import { overallLine } from '../e2e/corpus/report';
import { type Coverage, coverageProblems } from '../e2e/corpus/soundness';

const full: Coverage = { corpusPages: 40, selected: 40, scored: 40, targets: 300 };

describe('coverageProblems: a corpus run that scored too little fails', () => {
  it('passes a run that scored every page and some mentions', () => {
    expect(coverageProblems(full)).toEqual({ problems: [], note: '' });
  });

  it.each<[string, Partial<Coverage>, RegExp]>([
    ['no page at all', { corpusPages: 0, selected: 0, scored: 0, targets: 0 }, /no page/],
    ['fewer pages than the corpus has', { selected: 39, scored: 39 }, /only 39 of the corpus's 40/],
    ['pages selected but not scored', { scored: 38 }, /2 of 40 pages not scored/],
    ['no page scored', { scored: 0, targets: 0 }, /40 of 40 pages not scored/],
    ['no labelled mention', { targets: 0 }, /no labelled mention/],
    [
      'a filter that matches nothing',
      { filter: 'nope', selected: 0, scored: 0, targets: 0 },
      /nope matches no page/,
    ],
  ])('fails %s', (_, change, problem) => {
    const { problems } = coverageProblems({ ...full, ...change });
    expect(problems.join('\n')).toMatch(problem);
  });

  it('lets a filter select fewer pages, and says how many', () => {
    const result = coverageProblems({ ...full, filter: 'bbc', selected: 2, scored: 2, targets: 5 });
    expect(result).toEqual({ problems: [], note: 'BACKSTORY_ONLY=bbc selects 2 of the 40 pages' });
  });
});

describe('overallLine: the people score of a browser', () => {
  it('passes at the bar and fails under it', () => {
    expect(overallLine('chromium', { targets: 100, found: 98, tp: 98, fp: 2 }, 0.98)[1]).toBe(true);
    expect(overallLine('chromium', { targets: 100, found: 97, tp: 97, fp: 0 }, 0.98)[1]).toBe(
      false,
    );
    expect(overallLine('firefox', { targets: 100, found: 100, tp: 100, fp: 3 }, 0.98)[1]).toBe(
      false,
    );
  });

  it('fails when there was nothing to find', () => {
    expect(overallLine('chromium', { targets: 0, found: 0, tp: 0, fp: 0 }, 0.98)[1]).toBe(false);
  });
});
