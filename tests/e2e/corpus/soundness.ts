// Checks on the corpus run itself: that it saw what it claims to judge, so it cannot pass by
// scoring nothing or by missing the errors it counts.

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

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
