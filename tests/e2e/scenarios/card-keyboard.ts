import assert from 'node:assert/strict';
import { cardState, rawPage, waitForCard, waitForCardClosed } from '../harness/card';
import { flashedMention } from '../harness/highlighter';
import { sendToTab } from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { TestPage } from '../harness/types';

/** What has focus in the page: the element's id, or its tag. */
const focused = (page: TestPage) =>
  page.evaluate(() => {
    const active = document.activeElement;
    return active?.id ? `#${active.id}` : (active?.localName ?? null);
  }, undefined);

scenario('card: keyboard command opens a focused card; Tab, Escape', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/keyboard.html?keys'));
  await page.waitForHighlights('backstory-person', { min: 2 });
  // An extension page to send the command's message from (tabs.sendMessage, as the background).
  const popup = await browser.openPopup(page);
  await page.driver.bringToFront();
  const raw = await rawPage(browser, page);
  await page.evaluate(() => document.getElementById('site-search')?.focus(), undefined);
  assert.equal(await focused(page), '#site-search');

  // The real shortcut: headless browsers do not hand it to the extension (reported, not asserted).
  await raw.press('Alt+Shift+B');
  await sleep(800);
  const viaShortcut = (await cardState(page))?.open ?? false;
  console.log(
    `    ${browser.name}: real Alt+Shift+B ${viaShortcut ? 'opened' : 'did not open'} a card`,
  );
  if (viaShortcut) {
    await raw.press('Escape');
    await waitForCardClosed(page);
  }
  await page.evaluate(() => {
    const input = document.getElementById('site-search') as HTMLInputElement;
    input.value = '';
    input.focus();
    scrollTo(0, 0);
  }, undefined);

  await sendToTab(popup, { type: 'stepMention', data: { direction: 1 } });
  const card = await waitForCard(page, 'Vladimir Putin');
  const flash = await flashedMention(page);
  assert.ok(flash, 'backstory-flash marks the mention');
  assert.equal(flash.text, 'Vladimir Putin');
  assert.ok(flash.inView && flash.scrollY > 0, `scrolled into view: ${JSON.stringify(flash)}`);
  assert.ok(card.focus.onHost, 'document.activeElement is the card host');
  assert.match(card.focus.inside ?? '', /^div\[role=dialog\]/, 'the dialog has focus');

  const reached: string[] = [];
  for (let i = 0; i < 5; i++) {
    await raw.press('Tab');
    reached.push((await cardState(page))?.focus.inside ?? 'outside the card');
  }
  assert.deepEqual(reached.slice(0, 4), [
    'button:Close',
    'button:Previous excerpt',
    'button:Next excerpt',
    'a:Read in the article',
  ]);
  assert.match(reached[4] ?? '', /^button:/, `then the "Named with" names: ${reached}`);

  await raw.press('Escape');
  await waitForCardClosed(page, 1000);
  assert.equal(await focused(page), '#site-search', 'Escape returns focus');

  // The next command goes on to the next mention.
  await sendToTab(popup, { type: 'stepMention', data: { direction: 1 } });
  await waitForCard(page, 'Sergey Lavrov');
  await sendToTab(popup, { type: 'stepMention', data: { direction: -1 } });
  await waitForCard(page, 'Vladimir Putin');
  await raw.press('Escape');
  await waitForCardClosed(page, 1000);
  assert.equal(await focused(page), '#site-search', 'focus goes back after stepping too');
  assert.deepEqual(page.pageErrors(), []);
});
