import assert from 'node:assert/strict';
import { waitForCard } from '../harness/card';
import { POPUP_PEOPLE } from '../harness/fixture-mentions';
import { flashedMention } from '../harness/highlighter';
import { badgeText, chooseEntity, listedEntities } from '../harness/popup-actions';
import { scenario } from '../harness/runner';

scenario('popup: counts match the page’s highlights, in total and per name', async (browser) => {
  const page = await browser.openPage(browser.server.url('popup/names.html?counts'));
  await page.waitForHighlights('backstory-person', { min: POPUP_PEOPLE.length });
  const texts = await page.highlightTexts('backstory-person');
  assert.deepEqual(
    texts,
    POPUP_PEOPLE.map(([text]) => text),
  );
  const popup = await browser.openPopup(page);
  assert.equal(await popup.totalMentions(), texts.length);
  const perName: Record<string, number> = {};
  for (const [, name] of POPUP_PEOPLE) perName[name] = (perName[name] ?? 0) + 1;
  assert.deepEqual(await listedEntities(popup), { People: perName }, 'people only, by default');
  assert.equal(await badgeText(popup), String(texts.length), 'the toolbar badge');
});

scenario('popup: choosing a name scrolls to it, flashes it and opens its card', async (browser) => {
  const page = await browser.openPage(browser.server.url('popup/names.html?reveal'));
  await page.waitForHighlights('backstory-person', { min: POPUP_PEOPLE.length });
  const popup = await browser.openPopup(page);
  // The page in front, as when the toolbar popup is open over it; the popup tab answers anyway.
  await page.driver.bringToFront();
  assert.equal(await page.evaluate(() => scrollY, undefined), 0);
  for (const text of ['Sergei Lavrov', 'Lavrov']) {
    await chooseEntity(popup, 'Sergey Lavrov');
    // The flash lasts 1.2 s.
    await page.waitFor(
      (want) => {
        const range = [...(CSS.highlights.get('backstory-flash') ?? [])][0];
        if (!range) return false;
        const live = document.createRange();
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return live.toString() === want;
      },
      text,
      1000,
    );
    // The card scrolls the name into view as it opens (its module may load first): the flash
    // is still on by then.
    const card = await waitForCard(page, 'Sergey Lavrov');
    assert.equal(card.role, 'Russian Foreign Minister');
    const flash = await flashedMention(page);
    assert.ok(flash?.inView && flash.scrollY > 0, `${text} in view: ${JSON.stringify(flash)}`);
  }
  assert.deepEqual(page.pageErrors(), []);
});
