import assert from 'node:assert/strict';
import { assertPutinExcerpt, DWELL_MS } from '../harness/article-card';
import {
  cardControl,
  cardState,
  mentionPoint,
  rawPage,
  waitForCard,
  waitForCardClosed,
} from '../harness/card';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';

scenario('card: a pointer passing quickly over a name opens nothing', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?pass'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const raw = await rawPage(browser, page);
  const name = await mentionPoint(page, 'Vladimir Putin');
  // Along its line from 100 px left of the name to 100 px right of it, in 8 moves sent at once.
  await page.hover(name.x - 100, name.y);
  const started = Date.now();
  await raw.glide(name.x + 100, name.y, 8);
  const took = Date.now() - started;
  assert.ok(took < 200, `the pass took ${took} ms`);
  await sleep(DWELL_MS + 450);
  assert.equal((await cardState(page))?.open ?? false, false, 'no card after a quick pass');
  // The same name under a resting pointer does open: the pass was not simply missed.
  await page.hover(name.x, name.y);
  await waitForCard(page, 'Vladimir Putin');
});

scenario('card: stepping through the excerpts with the buttons', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?step'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const raw = await rawPage(browser, page);
  const point = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(point.x, point.y);
  const first = await waitForCard(page, 'Vladimir Putin');
  const total = Number(/^1 of (\d+)$/.exec(first.counter)?.[1]);
  assert.ok(total >= 2, `counter: ${first.counter}`);
  const quotes = [first.quote];
  assertPutinExcerpt(first.quote, first.marks);
  for (let n = 2; n <= total + 1; n++) {
    // The buttons move as excerpts of other lengths reflow the card.
    const next = await cardControl(page, 'Next excerpt');
    await raw.click(next.x, next.y);
    const want = `${((n - 1) % total) + 1} of ${total}`;
    await page.waitFor(
      (c) =>
        document.querySelector('backstory-card')?.shadowRoot?.querySelector('.excerpt-nav span')
          ?.textContent === c,
      want,
      2000,
    );
    const card = (await cardState(page)) ?? assert.fail('no card');
    assert.ok(card.open, `the card closed at ${want}`);
    assertPutinExcerpt(card.quote, card.marks);
    if (n <= total) quotes.push(card.quote);
    else assert.equal(card.quote, first.quote, 'after the last excerpt comes the first');
  }
  assert.equal(new Set(quotes).size, total, 'every excerpt is a different sentence');
  const previous = await cardControl(page, 'Previous excerpt');
  await raw.click(previous.x, previous.y);
  await sleep(100);
  assert.equal((await cardState(page))?.counter, `${total} of ${total}`, 'previous wraps around');
});

scenario('card: Escape, hover again, into the card and out after the grace', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?close'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const raw = await rawPage(browser, page);
  const name = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(name.x, name.y);
  await waitForCard(page, 'Vladimir Putin');
  await raw.press('Escape');
  await waitForCardClosed(page, 1000);
  await sleep(DWELL_MS + 300);
  assert.equal((await cardState(page))?.open, false, 'stays closed while the pointer rests');

  await page.hover(1010, 700);
  await sleep(100);
  await page.hover(name.x, name.y);
  const card = await waitForCard(page, 'Vladimir Putin');
  // Down from the name, across the gap, into the card.
  const steps = 5;
  const target = { x: card.rect.left + 60, y: card.rect.top + 40 };
  for (let i = 1; i <= steps; i++) {
    await page.driver.mouseMove(
      name.x + ((target.x - name.x) * i) / steps,
      name.y + ((target.y - name.y) * i) / steps,
    );
    await sleep(30);
  }
  await sleep(700);
  assert.equal((await cardState(page))?.open, true, 'the card stays open with the pointer in it');

  await page.driver.mouseMove(1010, 700);
  const left = Date.now();
  assert.equal((await cardState(page))?.open, true, 'open during the grace');
  await waitForCardClosed(page, 2000);
  const closedAfter = Date.now() - left;
  assert.ok(closedAfter >= 200, `closed ${closedAfter} ms after leaving: no grace`);
  console.log(`    ${browser.name} card closed ${closedAfter} ms after the pointer left it`);
});
