import assert from 'node:assert/strict';
import path from 'node:path';
import { SCREENSHOTS_DIR } from '../harness/browser';
import { POPUP_PEOPLE } from '../harness/fixture-mentions';
import { clickSwitch, resetSettings, search } from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import type { PopupPage } from '../harness/types';

/** Waits until the popup's status line contains `text`. */
async function waitForStatus(popup: PopupPage, text: string): Promise<void> {
  try {
    await popup.driver.waitFor(
      (want) => !!document.querySelector('[role="status"]')?.textContent?.includes(want),
      text,
      3000,
    );
  } catch {
    throw new Error(`The popup never said "${text}": ${JSON.stringify(await popup.text())}`);
  }
}

scenario('popup: screenshots of its states', async (browser) => {
  const shot = (popup: PopupPage, state: string) =>
    popup.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-popup-${state}.png`));
  // Every state gets its screenshot; what is wrong is asserted at the end.
  const problems: string[] = [];

  const page = await browser.openPage(browser.server.url('popup/names.html?screens'));
  await page.waitForHighlights('backstory-person', { min: POPUP_PEOPLE.length });
  const popup = await browser.openPopup(page);
  try {
    await clickSwitch(popup, 'Pause on 127.0.0.1');
    await waitForStatus(popup, 'Backstory is paused on 127.0.0.1.');
    await shot(popup, 'paused');
    await clickSwitch(popup, 'Pause on 127.0.0.1');
    // One switch at a time: the popup loses a change made while the last one is being stored.
    await waitForStatus(popup, 'mentions on this page');
    await clickSwitch(popup, 'Highlighting');
    await waitForStatus(popup, 'Highlighting is off.');
    await shot(popup, 'off');
    await clickSwitch(popup, 'Highlighting');
    await waitForStatus(popup, 'mentions on this page');

    await search(popup, 'Putin', 'Vladimir Putin');
    const result = await popup.driver.evaluate(() => {
      const card = document.querySelector('.search-card');
      card?.scrollIntoView({ block: 'start' });
      const box = document.querySelector('.search')?.getBoundingClientRect();
      const overflow = ['.search input', '.search-card'].map((selector) => {
        const right = document.querySelector(selector)?.getBoundingClientRect().right ?? 0;
        return `${selector} ${Math.round(right - (box?.right ?? 0))} px`;
      });
      return { title: card?.querySelector('h2')?.textContent, overflow };
    }, undefined);
    await shot(popup, 'search');
    assert.equal(result.title, 'Vladimir Putin');
    // How far each sticks out past the search section, into the popup's padding.
    if (result.overflow.some((o) => !o.endsWith(' 0 px'))) {
      problems.push(`search overflows: ${result.overflow}`);
    }
  } finally {
    await resetSettings(popup);
  }

  const empty = await browser.openPage(browser.server.url('popup/empty.html?screens'));
  const emptyPopup = await browser.openPopup(empty);
  await waitForStatus(emptyPopup, 'No names from your articles on this page.');
  await shot(emptyPopup, 'no-names');

  // A page no extension may enter: the browser's own (Chromium), a page's source (Firefox). Not
  // Firefox's blank tab any more: the content script runs in about:blank documents (for frames),
  // a top-level one too in Firefox; its privileged about: pages never finish loading for the driver.
  const restricted = await browser.openPage(
    browser.name === 'chromium'
      ? 'chrome://version/'
      : `view-source:${browser.server.url('popup/empty.html')}`,
  );
  const restrictedPopup = await browser.openPopup(restricted);
  await shot(restrictedPopup, 'restricted');
  await waitForStatus(restrictedPopup, 'can’t run on this page').catch((error) => {
    problems.push(String(error));
  });
  assert.deepEqual(problems, []);
});
