// The harness checking itself: what it must refuse, and what it must count as a page error.
import assert from 'node:assert/strict';
import { SMOKE_PEOPLE } from '../harness/fixture-mentions';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';

const EXTERNAL_PAGE = `<!doctype html>
<title>External requests</title>
<p>This page asks for an image and a fetch from other hosts; the harness must refuse both.</p>
<img src="http://example.com/backstory-e2e.png" alt="">
<script>
  window.__fetch = fetch('https://example.org/backstory-e2e').then(() => 'loaded', () => 'refused');
</script>`;

scenario(
  'harness: requests to other hosts are refused and recorded',
  async (browser) => {
    const { server } = browser;
    server.route('/external.html', { body: EXTERNAL_PAGE });
    const page = await browser.openPage(server.url('external.html'));
    const fetched = await page.evaluate(
      () => (window as unknown as { __fetch: Promise<string> }).__fetch,
      undefined,
    );
    assert.equal(fetched, 'refused');
    const hosts = () => new Set(server.externalRequests().map((r) => new URL(r.url).hostname));
    for (let i = 0; i < 50 && !hosts().has('example.com'); i++) {
      await sleep(100);
    }
    assert.ok(hosts().has('example.com'), `recorded: ${[...hosts()]}`);
    assert.ok(hosts().has('example.org'), `recorded: ${[...hosts()]}`);
  },
  { allowExternalRequests: true },
);

scenario(
  "harness: an error thrown in the content script's world is a page error, once",
  async (browser) => {
    const probe = 'backstory e2e self-check: an error of the content script';
    const page = await browser.openPage(browser.server.url('smoke.html'));
    await page.waitForHighlights('backstory-person', { min: SMOKE_PEOPLE.length });
    const worlds = (await page.driver.throwInExtension?.(probe)) ?? 0;
    assert.ok(worlds > 0, "no world of the content script's to throw in");
    const seen = () => page.pageErrors().filter((e) => e.includes(probe));
    for (let i = 0; i < 20 && seen().length === 0; i++) await sleep(100);
    assert.equal(seen().length, 1, `page errors: ${JSON.stringify(page.pageErrors())}`);
  },
  // Firefox reports the content script's errors with the page's, and BiDi cannot reach its world.
  { browsers: ['chromium'] },
);
