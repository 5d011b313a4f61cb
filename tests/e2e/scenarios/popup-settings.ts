import assert from 'node:assert/strict';
import { POPUP_PEOPLE, POPUP_PLACES } from '../harness/fixture-mentions';
import {
  clickSwitch,
  listedEntities,
  ourHighlights,
  patchSettings,
  resetSettings,
  switches,
  waitForBadge,
} from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import type { PopupPage, TestBrowser, TestPage } from '../harness/types';

/** How soon a settings change must show on an open page. */
const LIVE_MS = 1000;
const PEOPLE = POPUP_PEOPLE.length;

/** Waits until the page's registered `backstory-*` highlights (with ranges) are exactly `names`. */
async function waitForHighlightNames(page: TestPage, names: string[], what: string) {
  const started = Date.now();
  try {
    await page.waitFor(
      (want) => {
        const have = [...CSS.highlights.keys()].filter(
          (n) => n.startsWith('backstory-') && (CSS.highlights.get(n)?.size ?? 0) > 0,
        );
        return have.sort().join() === [...want].sort().join();
      },
      names,
      LIVE_MS,
    );
  } catch {
    throw new Error(`${what}: after ${LIVE_MS} ms the page has ${await ourHighlights(page)}`);
  }
  return Date.now() - started;
}

/** A page of popup/names.html with its highlights, and a popup about it; settings start default. */
async function pageAndPopup(browser: TestBrowser, query: string) {
  const page = await browser.openPage(browser.server.url(`popup/names.html?${query}`));
  await page.waitForHighlights('backstory-person', { min: PEOPLE });
  const popup = await browser.openPopup(page);
  // The page in front, as under the toolbar popup, so its timers and frames run at full speed.
  await page.driver.bringToFront();
  return { page, popup };
}

/**
 * Waits until the popup's status line matches `pattern`, with the popup in front (background
 * tabs get slow timers), then brings `page` back to the front.
 */
async function waitForStatus(popup: PopupPage, page: TestPage, pattern: RegExp) {
  await popup.driver.bringToFront();
  await popup.driver.waitFor(
    (source) =>
      new RegExp(source).test(document.querySelector('[role="status"]')?.textContent ?? ''),
    pattern.source,
    3000,
  );
  await page.driver.bringToFront();
}

scenario(
  'popup: pausing the site and switching off apply live, with the badge',
  async (browser) => {
    const { page, popup } = await pageAndPopup(browser, 'pause');
    try {
      const timings: number[] = [];
      for (const label of ['Pause on 127.0.0.1', 'Highlighting']) {
        await clickSwitch(popup, label);
        timings.push(await waitForHighlightNames(page, [], `after "${label}"`));
        await waitForBadge(popup, '', LIVE_MS);
        await waitForStatus(
          popup,
          page,
          label === 'Highlighting' ? /is off/ : /paused on 127\.0\.0\.1/,
        );
        await clickSwitch(popup, label);
        timings.push(await waitForHighlightNames(page, ['backstory-person'], `undoing "${label}"`));
        await page.waitForHighlights('backstory-person', { min: PEOPLE, timeoutMs: LIVE_MS });
        await waitForBadge(popup, String(PEOPLE), LIVE_MS);
        await waitForStatus(popup, page, /mentions on this page/);
      }
      console.log(`    ${browser.name} pause/resume/off/on seen on the page after ${timings} ms`);
      assert.deepEqual(await switches(popup), {
        Highlighting: true,
        'Pause on 127.0.0.1': false,
        People: true,
        Places: false,
        Organisations: false,
      });
    } finally {
      await resetSettings(popup);
    }
  },
);

scenario('popup: the Places switch shows and hides places live', async (browser) => {
  const { page, popup } = await pageAndPopup(browser, 'places');
  try {
    await clickSwitch(popup, 'Places');
    await waitForHighlightNames(page, ['backstory-person', 'backstory-place'], 'Places on');
    assert.deepEqual(await page.highlightTexts('backstory-place'), POPUP_PLACES);
    await waitForBadge(popup, String(PEOPLE + POPUP_PLACES.length), LIVE_MS);
    await popup.driver.bringToFront();
    await popup.driver.waitFor(
      () => !!document.querySelector('.entity-list section[aria-label="Places"]'),
      undefined,
      3000,
    );
    await page.driver.bringToFront();
    const places = (await listedEntities(popup)).Places ?? {};
    assert.deepEqual(places, { Geneva: 1, Paris: 1, Moscow: 2, Syria: 2 });
    await clickSwitch(popup, 'Places');
    await waitForHighlightNames(page, ['backstory-person'], 'Places off');
    await waitForBadge(popup, String(PEOPLE), LIVE_MS);
  } finally {
    await resetSettings(popup);
  }
});

scenario('popup: a colour set in storage moves the highlights live', async (browser) => {
  const { page, popup } = await pageAndPopup(browser, 'colour');
  try {
    await patchSettings(popup, { colors: { person: 'rose', place: 'sky', organization: 'mint' } });
    await waitForHighlightNames(page, ['backstory-person-rose'], 'person colour rose');
    const rose = await page.highlightTexts('backstory-person-rose');
    assert.deepEqual(
      rose,
      POPUP_PEOPLE.map(([text]) => text),
    );
    await resetSettings(popup);
    await waitForHighlightNames(page, ['backstory-person'], 'colours reset');
  } finally {
    await resetSettings(popup);
  }
});

scenario('popup: two switches flipped in quick succession both stick', async (browser) => {
  const { page, popup } = await pageAndPopup(browser, 'quick');
  try {
    // Two clicks in one task, as fast as a reader double-tapping two rows can manage.
    await popup.driver.evaluate(() => {
      for (const switchEl of document.querySelectorAll<HTMLButtonElement>('[role="switch"]')) {
        const label = switchEl.querySelector('.toggle-label')?.textContent;
        if (label === 'Places' || label === 'Organisations') switchEl.click();
      }
    }, undefined);
    await waitForHighlightNames(
      page,
      ['backstory-person', 'backstory-place', 'backstory-organization'],
      'Places and Organisations on',
    ).catch(async (error) => {
      throw new Error(`${error.message}; switches now ${JSON.stringify(await switches(popup))}`);
    });
  } finally {
    await resetSettings(popup);
  }
});
