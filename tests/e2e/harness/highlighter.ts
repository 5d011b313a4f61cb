// Reading the page's highlights and its mutation recorder, for the scenarios.
import assert from 'node:assert/strict';
import type { RecordedMutation } from './mutations';
import { isBrowserNoise } from './server';
import { sleep } from './sleep';
import type { TestBrowser, TestPage } from './types';

/** URL path of a fixture under `tests/fixtures/highlighter/`. */
export const fixture = (name: string): string => `highlighter/${name}`;

/**
 * The mutations the fixture's recorder (tests/fixtures/record-mutations.js) saw in the
 * page or frame since DOMContentLoaded, after a settling pause; throws when it has none.
 */
export async function recordedMutations(page: TestPage): Promise<RecordedMutation[]> {
  // Let the recorder's callback run for anything still queued.
  await page.evaluate(sleep, 100);
  const recorded = await page.evaluate(
    () => (window as unknown as { __mutations?: RecordedMutation[] }).__mutations ?? null,
    undefined,
  );
  if (!recorded) throw new Error(`No mutation recorder in ${page.url()}`);
  return recorded;
}

/** The flashed mention: its text, whether it is inside the viewport, and the page's scroll. */
export function flashedMention(page: TestPage) {
  return page.evaluate(() => {
    const range = [...(CSS.highlights.get('backstory-flash') ?? [])][0];
    if (!range) return null;
    const live = document.createRange();
    live.setStart(range.startContainer, range.startOffset);
    live.setEnd(range.endContainer, range.endOffset);
    const r = live.getBoundingClientRect();
    const inView = r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    return { text: live.toString(), inView, scrollY };
  }, undefined);
}

/** Summary of every `backstory-*` range: text, highlight name, and where it is (runs in the page). */
const describeRanges = (selector: string) => {
  const out: {
    name: string;
    text: string;
    detached: boolean;
    invalid: boolean;
    inside: boolean;
  }[] = [];
  for (const [name, highlight] of CSS.highlights) {
    if (!name.startsWith('backstory-')) continue;
    for (const r of highlight) {
      const node = r.startContainer;
      const element = node.nodeType === 1 ? (node as Element) : node.parentElement;
      const detached = !node.isConnected || !r.endContainer.isConnected;
      let text = '';
      let invalid = false;
      try {
        const range = document.createRange();
        range.setStart(r.startContainer, r.startOffset);
        range.setEnd(r.endContainer, r.endOffset);
        text = range.toString();
      } catch {
        // A static range past the end of text that changed since: stale until the next rescan.
        invalid = true;
        text = node.textContent ?? '';
      }
      const inside = !!selector && !!element?.closest(selector);
      out.push({ name, text, detached, invalid, inside });
    }
  }
  return out;
};

/** Every `backstory-*` range of the page, with whether it starts inside `selector`. */
export function allRanges(page: TestPage, selector = '') {
  return page.evaluate(describeRanges, selector);
}

/** Fails if any `backstory-*` range starts inside an element matching `selector`. */
export async function assertNoRangesInside(page: TestPage, selector: string): Promise<void> {
  const inside = (await allRanges(page, selector)).filter((r) => r.inside);
  assert.deepEqual(inside, [], `highlights inside ${selector}`);
}

/** Fails if any `backstory-*` range points into text no longer in the page. */
export async function assertNoDetachedRanges(page: TestPage): Promise<void> {
  const detached = (await allRanges(page)).filter((r) => r.detached);
  assert.deepEqual(detached, [], 'highlights left on text removed from the page');
}

/**
 * Waits until the person highlights read exactly `expected` (in document order), and no range
 * is left on removed text; throws with what was there instead after `timeoutMs`.
 */
export async function waitForPeople(
  page: TestPage,
  expected: readonly string[],
  timeoutMs = 1000,
): Promise<number> {
  const started = Date.now();
  let last: unknown;
  while (Date.now() - started <= timeoutMs) {
    const ranges = await allRanges(page);
    const people = ranges.filter((r) => r.name === 'backstory-person');
    if (!people.some((r) => r.detached || r.invalid)) {
      // The page may change between the two reads: a range can go stale in between.
      const texts = await page.highlightTexts('backstory-person').catch(() => null);
      if (JSON.stringify(texts) === JSON.stringify(expected)) return Date.now() - started;
    }
    last = people;
    await sleep(25);
  }
  throw new Error(
    `Person highlights did not become ${JSON.stringify(expected)} within ${timeoutMs} ms; ` +
      `last seen: ${JSON.stringify(last)}`,
  );
}

/** Chromium asks its autofill server about any page with an `<input>` or `<textarea>`. */
const AUTOFILL_HOST = 'content-autofill.googleapis.com';

/**
 * For scenarios run with `allowExternalRequests` because their page has form fields: fails on
 * any request to another host but the browser's own (its usual noise and the autofill query).
 */
export function assertOnlyBrowserRequests(browser: TestBrowser): void {
  const external = browser.server
    .externalRequests()
    .filter((r) => !isBrowserNoise(r) && !(r.via === 'proxy' && r.url.includes(AUTOFILL_HOST)));
  assert.deepEqual(external, [], 'requests to other hosts');
}
