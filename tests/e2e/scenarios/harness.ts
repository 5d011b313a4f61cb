import assert from 'node:assert/strict';
import { scenario } from '../harness/runner';
import { FIXTURES_DIR } from '../harness/server';
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
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    assert.ok(hosts().has('example.com'), `recorded: ${[...hosts()]}`);
    assert.ok(hosts().has('example.org'), `recorded: ${[...hosts()]}`);
  },
  { allowExternalRequests: true },
);

scenario('strict Content-Security-Policy page still gets highlights', async (browser) => {
  const { server } = browser;
  server.serveDirectory('/strict-csp/', FIXTURES_DIR, {
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
  });
  const page = await browser.openPage(server.url('strict-csp/smoke.html'));
  await page.waitForHighlights('backstory-person', { min: SMOKE_PEOPLE.length });
  assert.deepEqual(await page.highlightTexts(), SMOKE_PEOPLE);
  // The inline script of smoke.html is blocked: proof that the policy applied.
  const observed = await page.evaluate(() => '__mutations' in window, undefined);
  assert.equal(observed, false, 'the page CSP should have blocked the inline script');
});
