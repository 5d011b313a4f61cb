import assert from 'node:assert/strict';
import {
  assertNoDetachedRanges,
  fixture,
  recordedMutations,
  waitForPeople,
} from '../harness/highlighter';
import type { RecordedMutation } from '../harness/mutations';
import { scenario } from '../harness/runner';

/** The longest a change to the page's text may take to show in the highlights. */
const MAX_LATENCY_MS = 1000;

/** What appending.html exposes to the test. */
interface LiveBlog {
  __start(): void;
  __done: boolean;
  /** Per step, ms until the highlights matched it (or a later step); null if they never did. */
  __latency: (number | null)[];
  __expectedMutations: RecordedMutation[];
}

scenario('highlighter: text added, removed and edited over time', async (browser) => {
  const page = await browser.openPage(browser.server.url(fixture('appending.html')));
  await page.waitForHighlights();
  assert.deepEqual(await page.highlightTexts(), ['Kerry']);

  await page.evaluate(() => (window as unknown as LiveBlog).__start(), undefined);
  await page.waitFor(() => (window as unknown as LiveBlog).__done, undefined, 6000);
  const latency = await page.evaluate(() => (window as unknown as LiveBlog).__latency, undefined);
  const slow = latency.filter((ms) => ms === null || ms > MAX_LATENCY_MS);
  assert.deepEqual(slow, [], `ms from each change to matching highlights: ${latency}`);

  await waitForPeople(page, ['Kerry', 'Putin', 'Bashar al-Assad']);
  await assertNoDetachedRanges(page);
  // The page's own changes are the only ones: the extension added none.
  const expected = await page.evaluate(
    () => (window as unknown as LiveBlog).__expectedMutations,
    undefined,
  );
  assert.deepEqual(await recordedMutations(page), expected, 'DOM mutations');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
  console.log(`    ${browser.name}: ms to follow each change: ${latency.join(', ')}`);
});
