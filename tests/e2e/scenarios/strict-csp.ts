import assert from 'node:assert/strict';
import { mentionPoint, waitForCard } from '../harness/card';
import { SMOKE_PEOPLE } from '../harness/fixture-mentions';
import { scenario } from '../harness/runner';
import { FIXTURES_DIR } from '../harness/server';

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
