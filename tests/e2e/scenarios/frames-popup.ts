import assert from 'node:assert/strict';
import { waitForCard, waitForCardClosed } from '../harness/card';
import {
  framePage,
  hasCardHost,
  sendToFrame,
  serveCrossOriginFrame,
  tabFrames,
} from '../harness/frames';
import { chooseEntity, listedEntities, waitForBadge } from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { PopupPage, TestBrowser } from '../harness/types';

/** Waits until the popup (which follows the page every second) shows `total` mentions. */
async function waitForTotal(popup: PopupPage, total: number, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs;
  let shown = await popup.totalMentions();
  while (shown !== total && Date.now() < deadline) {
    await sleep(200);
    shown = await popup.totalMentions();
  }
  const frames = JSON.stringify(await tabFrames(popup));
  assert.equal(shown, total, `mentions in the popup (frames' totals: ${frames})`);
}

/**
 * Checks the popup and the badge count a page and its `#frame` together, that choosing a name
 * found only in the frame opens its card there, that choosing a name in both steps from the top
 * frame into the frame, that the keyboard's step (sent to the frame by id, with `restart`, as
 * the background does) opens the frame's first mention; then that removing the frame takes its
 * counts away.
 */
async function checkPopup(
  browser: TestBrowser,
  url: string,
  expected: { people: Record<string, number>; onlyInFrame: string; inBoth: string; first: string },
) {
  const total = Object.values(expected.people).reduce((a, b) => a + b, 0);
  const page = await browser.openPage(url);
  await page.waitForHighlights('backstory-person');
  const frame = await framePage(page, '#frame');
  await frame.waitForHighlights('backstory-person');
  const popup = await browser.openPopup(page);
  await waitForTotal(popup, total);
  assert.deepEqual(await listedEntities(popup), { People: expected.people });
  await waitForBadge(popup, String(total));

  await page.driver.bringToFront();
  await chooseEntity(popup, expected.onlyInFrame);
  await waitForCard(frame, expected.onlyInFrame);
  assert.equal(await hasCardHost(page), false, 'the card opens in the frame only');
  await chooseEntity(popup, expected.inBoth);
  await waitForCard(page, expected.inBoth);
  // One card in a tab at a time: the frame left behind closes its own.
  await waitForCardClosed(frame);
  await chooseEntity(popup, expected.inBoth);
  await waitForCard(frame, expected.inBoth);
  await waitForCardClosed(page);

  const frames = await tabFrames(popup);
  const frameId = Number(Object.keys(frames).find((id) => id !== '0'));
  assert.ok(frameId > 0, `the background holds the frame: ${JSON.stringify(frames)}`);
  await sendToFrame(popup, frameId, { type: 'stepMention', data: { direction: 1, restart: true } });
  await waitForCard(frame, expected.first);

  // A frame that goes takes its counts with it (its goodbye on pagehide).
  await page.evaluate(() => document.getElementById('frame')?.remove(), undefined);
  await waitForTotal(popup, (await page.highlightTexts()).length);
  await waitForCardClosed(page).catch(() => {});
  assert.deepEqual(page.pageErrors(), [], 'page errors');
}

scenario('frames: popup and badge count the whole tab; choosing reveals in the frame', (browser) =>
  checkPopup(browser, browser.server.url('frames/same-origin.html?popup'), {
    people: { 'John Kerry': 2, 'Vladimir Putin': 2, 'Sergey Lavrov': 2 },
    onlyInFrame: 'Sergey Lavrov',
    inBoth: 'John Kerry',
    first: 'Sergey Lavrov',
  }),
);

scenario('frames: popup over a cross-origin frame', async (browser) => {
  const served = await serveCrossOriginFrame(browser);
  try {
    await checkPopup(browser, served.url, {
      people: { 'Vladimir Putin': 1, 'John Kerry': 2, 'Sergey Lavrov': 2 },
      onlyInFrame: 'Sergey Lavrov',
      inBoth: 'John Kerry',
      first: 'Sergey Lavrov',
    });
  } finally {
    await served.close();
  }
});

scenario('frames: popup over a srcdoc frame', (browser) =>
  checkPopup(browser, browser.server.url('frames/srcdoc.html?popup'), {
    people: { 'Vladimir Putin': 1, 'Barack Obama': 2, 'John Kerry': 2, 'Bashar Assad': 1 },
    onlyInFrame: 'Barack Obama',
    inBoth: 'John Kerry',
    first: 'Barack Obama',
  }),
);

scenario('frames: popup counts frames added later, not tiny ones', async (browser) => {
  const page = await browser.openPage(browser.server.url('frames/later.html?popup'));
  await page.evaluate(() => (window as unknown as { __later: Promise<void> }).__later, undefined);
  const popup = await browser.openPopup(page);
  // Putin above; Lavrov and Kerry in the added frame, Obama in the grown one, Assad in the filled.
  await waitForTotal(popup, 5);
  const tiny = await browser.openPage(browser.server.url('frames/tiny.html?popup'));
  await tiny.waitForHighlights('backstory-person', { min: 2 });
  const tinyPopup = await browser.openPopup(tiny);
  await waitForTotal(tinyPopup, 2);
  assert.deepEqual(await tabFrames(tinyPopup), { 0: 2 }, 'no tiny frame reported');
});
