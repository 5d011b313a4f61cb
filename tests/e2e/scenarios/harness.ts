import assert from 'node:assert/strict';
import { mentionPoint, waitForCard } from '../harness/card';
import { scenario } from '../harness/runner';
import { FIXTURES_DIR } from '../harness/server';
import { sleep } from '../harness/sleep';
import { SMOKE_PEOPLE } from './smoke';

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

scenario('strict Content-Security-Policy page still gets highlights and cards', async (browser) => {
  const { server } = browser;
  // Nothing inline, nothing from anywhere: neither the page's nor an extension's script or style.
  server.serveDirectory('/strict-csp/', FIXTURES_DIR, {
    'content-security-policy': "default-src 'none'",
  });
  const page = await browser.openPage(server.url('strict-csp/smoke.html'));
  await page.waitForHighlights('backstory-person', { min: SMOKE_PEOPLE.length });
  assert.deepEqual(await page.highlightTexts(), SMOKE_PEOPLE);
  // The scripts of smoke.html (its recorder and inline one) are blocked: the policy applied.
  const observed = await page.evaluate(() => '__mutations' in window, undefined);
  assert.equal(observed, false, 'the page CSP should have blocked the inline script');
  // The card module comes from the extension and styles its own shadow root all the same.
  const point = await mentionPoint(page, SMOKE_PEOPLE[0] as string);
  await page.hover(point.x, point.y);
  const card = await waitForCard(page);
  assert.ok(card.role.length > 0, 'the card has no role line');
  const styled = await page.evaluate(() => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    const card = root?.querySelector('.card');
    return card ? getComputedStyle(card).borderRadius !== '0px' : false;
  }, undefined);
  assert.ok(styled, 'the card is unstyled: its styles were blocked by the page');
});

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
