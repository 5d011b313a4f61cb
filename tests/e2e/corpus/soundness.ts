// Checks on the corpus run itself: that it saw what it claims to judge, so it cannot pass by
// scoring nothing or by missing the errors it counts.

import { sleep } from '../harness/sleep';
import type { CorpusTab } from './tab';

/** The message the run throws in the content script's world to prove it counts such errors. */
export const PROBE_ERROR = 'backstory corpus self-check: an error of the content script';

/**
 * What is wrong with the error capture, given how many content script worlds the probe was
 * thrown in and the errors the tab reported afterwards; empty when the probe was seen.
 */
export function errorCaptureProblem(worlds: number, errors: readonly string[]): string {
  if (worlds === 0) return 'no content script world found to throw the probe error in';
  if (!errors.some((e) => e.includes(PROBE_ERROR))) {
    return "an error thrown in the content script's world was not counted as a page error";
  }
  return '';
}

/**
 * Loads `url` and throws the probe error in the content script's world (once it is injected, at
 * `document_idle`); the problem when the tab did not report it. Empty where the tab cannot throw
 * there (Firefox, whose page errors include the content script's).
 */
export async function checkErrorCapture(tab: CorpusTab, url: string): Promise<string> {
  if (!tab.throwInExtension) return '';
  await tab.load(url);
  let worlds = 0;
  for (let i = 0; i < 50 && !worlds; i++) {
    worlds = await tab.throwInExtension(PROBE_ERROR);
    if (!worlds) await sleep(100);
  }
  for (let i = 0; i < 20 && errorCaptureProblem(worlds, tab.errors()); i++) await sleep(100);
  return errorCaptureProblem(worlds, tab.errors());
}

/** How much of the corpus a browser's run covered. */
export interface Coverage {
  /** Pages in labels.json. */
  corpusPages: number;
  /** Pages the run set out to score (all of them, unless `filter`). */
  selected: number;
  /** Pages loaded and scored. */
  scored: number;
  /** Visible `target` mentions over the scored pages. */
  targets: number;
  /** `BACKSTORY_ONLY`, when set. */
  filter?: string;
}

/** Why a run's coverage makes it fail (empty when it does not), and a note on any filter. */
export function coverageProblems(c: Coverage): { problems: string[]; note: string } {
  const problems: string[] = [];
  const note = c.filter
    ? `BACKSTORY_ONLY=${c.filter} selects ${c.selected} of the ${c.corpusPages} pages`
    : '';
  if (c.selected === 0) {
    problems.push(
      c.filter ? `BACKSTORY_ONLY=${c.filter} matches no page` : 'the corpus has no page',
    );
  } else if (!c.filter && c.selected < c.corpusPages) {
    problems.push(`only ${c.selected} of the corpus's ${c.corpusPages} pages were selected`);
  }
  if (c.scored < c.selected)
    problems.push(`${c.selected - c.scored} of ${c.selected} pages not scored`);
  if (c.scored > 0 && c.targets === 0) problems.push('no labelled mention of a person was scored');
  return { problems, note };
}
