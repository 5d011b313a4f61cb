import assert from 'node:assert/strict';
import { SMOKE_PEOPLE } from '../harness/fixture-mentions';
import { recordedMutations } from '../harness/highlighter';
import { foreignMutations } from '../harness/mutations';
import { scenario } from '../harness/runner';

scenario('page DOM untouched, no messages posted to it, no page errors', async (browser) => {
  const page = await browser.openPage(browser.server.url('smoke.html'));
  await page.waitForHighlights('backstory-person', { min: SMOKE_PEOPLE.length });

  const [first] = await page.rangeRects();
  const rect = first?.[0];
  assert.ok(rect, 'a highlighted range with a client rect');
  await page.hover(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.waitForHighlights('backstory-hover', { timeoutMs: 3000 });
  await page.hover(2, 2);
  await page.waitFor(() => !CSS.highlights.has('backstory-hover'), undefined, 3000);

  assert.deepEqual(
    foreignMutations(await recordedMutations(page)),
    [],
    'DOM mutations on the page',
  );
  // A message posted to the page reaches its own handlers, which may not expect it (this page's
  // throws on anything that is not JSON text, as many do).
  const messages = await page.evaluate(
    () => (window as unknown as { __messages: string[] }).__messages,
    undefined,
  );
  assert.deepEqual(messages, [], 'messages posted to the page');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
});
