import assert from 'node:assert/strict';
import path from 'node:path';
import { SCREENSHOTS_DIR } from '../harness/browser';
import { mentionPoint, rawPage, waitForCard, waitForCardClosed } from '../harness/card';
import { clickButton, listedTitles, waitForText, waitForTitles } from '../harness/library-page';
import { listedEntities } from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { PopupPage, TestBrowser, TestPage } from '../harness/types';

const BUNDLED = 'John Kerry heads to Moscow for tough Syria, Ukraine talks';
const TITLE = 'Merkel and Macron agree on a joint energy fund';

/** The extension API of an extension page (`browser` in Firefox, `chrome` in Chromium). */
type Api = {
  storage: { session: { get(keys: null): Promise<Record<string, unknown>> } };
  tabs: { query(query: object): Promise<{ url?: string }[]> };
};

/** Clicks the popup's "Add this page" and waits until it is done or says why not. */
async function addFromPopup(popup: PopupPage): Promise<string> {
  await popup.driver.evaluate(() => {
    const all = [...document.querySelectorAll<HTMLButtonElement>('.add-page button')];
    all.find((b) => b.textContent === 'Add this page to your library')?.click();
  }, undefined);
  await popup.driver.waitFor(
    () =>
      document.querySelector('.add-page button')?.textContent === 'Add this page to your library' ||
      !!document.querySelector('.add-page [role=alert]'),
    undefined,
    10_000,
  );
  return popup.driver.evaluate(
    () => document.querySelector('.add-page [role=alert]')?.textContent ?? '',
    undefined,
  );
}

/** What the open card says of its articles: the line under the excerpt, and the list if several. */
function cardSources(page: TestPage) {
  return page.evaluate(() => {
    const card = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.card');
    return {
      line: card?.querySelector('.source')?.textContent?.trim() ?? '',
      listed: [...(card?.querySelectorAll('.sources li button') ?? [])].map((b) => b.textContent),
      current: card?.querySelector('.sources [aria-current="true"]')?.textContent ?? '',
    };
  }, undefined);
}

/** Hovers the first person highlight reading `text` and waits for the card of `name`. */
async function hoverName(page: TestPage, text: string, name: string) {
  const point = await mentionPoint(page, text);
  await page.hover(point.x, point.y);
  return waitForCard(page, name);
}

/** Waits until the page's person highlights are `want` (in page order). */
async function waitForPeopleTexts(page: TestPage, want: string[]) {
  await page
    .waitFor(
      (expected) => {
        const texts: [number, string][] = [];
        const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
        const order = new Map<Node, number>();
        for (let node = walker.nextNode(), i = 0; node; node = walker.nextNode(), i++) {
          order.set(node, i);
        }
        for (const range of CSS.highlights.get('backstory-person') ?? []) {
          const live = document.createRange();
          live.setStart(range.startContainer, range.startOffset);
          live.setEnd(range.endContainer, range.endOffset);
          texts.push([order.get(range.startContainer) ?? 0, live.toString()]);
        }
        texts.sort((a, b) => a[0] - b[0]);
        return JSON.stringify(texts.map(([, t]) => t)) === JSON.stringify(expected);
      },
      want,
      5000,
    )
    .catch(async () => {
      throw new Error(`people ${JSON.stringify(await page.highlightTexts('backstory-person'))}`);
    });
}

/** Deletes the article from the library page, if it is there. */
async function deleteArticle(library: TestPage) {
  if (!(await listedTitles(library)).includes(TITLE)) return;
  await clickButton(library, `Delete “${TITLE}”`);
  await clickButton(library, 'Delete', '.delete-confirmation');
  await waitForTitles(library, [BUNDLED]);
}

/** Adds the fixture article from the popup over it, and saves it from the review it opens. */
async function addArticle(browser: TestBrowser): Promise<TestPage> {
  const source = await browser.openPage(browser.server.url('library/article.html'));
  await source.waitForHighlights('backstory-person', { min: 1 });
  const popup = await browser.openPopup(source);
  assert.equal(await addFromPopup(popup), '', 'Add this page refused the article');
  // The popup kept the draft and opened the library page on it in a tab of its own.
  const opened = await popup.driver.evaluate(async () => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    const drafts = Object.keys(await api.storage.session.get(null)).filter((k) =>
      k.startsWith('draft:'),
    );
    const tabs = (await api.tabs.query({})).map((t) => t.url ?? '');
    return { drafts, tabs: tabs.filter((u) => u.includes('options.html?draft=')) };
  }, undefined);
  assert.equal(opened.drafts.length, 1, JSON.stringify(opened));
  const key = (opened.drafts[0] as string).slice('draft:'.length);
  assert.ok(
    opened.tabs.some((u) => u.endsWith(`draft=${key}`)),
    JSON.stringify(opened),
  );
  await popup.close();
  const review = await browser.openExtensionPage(`options.html?draft=${key}`, '.review');
  const fields = await review.evaluate(
    () =>
      [...document.querySelectorAll<HTMLInputElement>('.review-fields input')].map((i) => i.value),
    undefined,
  );
  for (const want of [TITLE, '2019-05-14', 'The Example Courier']) {
    assert.ok(fields.includes(want), `${want} in ${JSON.stringify(fields)}`);
  }
  await clickButton(review, 'Save to library');
  await waitForText(review, '[role=status]', new RegExp(`^Added “${TITLE}” to your library\\.$`));
  return review;
}

scenario('library: a page added from the popup names its people on every page', async (browser) => {
  const elsewhere = await browser.openPage(browser.server.url('library/elsewhere.html'));
  await waitForPeopleTexts(elsewhere, ['Vladimir Putin']);
  const library = await addArticle(browser);
  try {
    // The tab open before the article was added: its people appear without a reload.
    const withArticle = ['Angela Merkel', 'Merkel', 'Emmanuel Macron', 'Vladimir Putin'];
    await waitForPeopleTexts(elsewhere, withArticle);
    const merkel = await hoverName(elsewhere, 'Angela Merkel', 'Angela Merkel');
    assert.match(merkel.quote, /Merkel/);
    assert.match(merkel.role, /German Chancellor|Chancellor/);
    const one = await cardSources(elsewhere);
    assert.equal(one.line, `2019 article “${TITLE}”, The Example Courier`);
    assert.deepEqual(one.listed, []);

    // The bundled Putin, named by the added article too: one card, both articles, newest first.
    await (await rawPage(browser, elsewhere)).press('Escape');
    await waitForCardClosed(elsewhere);
    await hoverName(elsewhere, 'Vladimir Putin', 'Vladimir Putin');
    const two = await cardSources(elsewhere);
    const newest = `2019 “${TITLE}”, The Example Courier`;
    assert.deepEqual(two.listed, [newest, `2015 “${BUNDLED}”, Paris`]);
    assert.equal(two.current, newest);
    await sleep(400); // the card's fade-in
    await elsewhere.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-card-two-articles.png`));

    // The popup names the added people by name.
    const popup = await browser.openPopup(elsewhere);
    const listed = await listedEntities(popup);
    assert.deepEqual(Object.keys(listed.People ?? {}).sort(), [
      'Angela Merkel',
      'Emmanuel Macron',
      'Vladimir Putin',
    ]);
    await popup.close();

    // Switched off, then on, then deleted: the open tab follows each at once.
    await clickButton(library, `Highlight the names of “${TITLE}”`);
    await waitForPeopleTexts(elsewhere, ['Vladimir Putin']);
    await clickButton(library, `Highlight the names of “${TITLE}”`);
    await waitForPeopleTexts(elsewhere, withArticle);
    await deleteArticle(library);
    await waitForPeopleTexts(elsewhere, ['Vladimir Putin']);
    assert.deepEqual(elsewhere.pageErrors(), []);
    assert.deepEqual(library.pageErrors(), []);
  } finally {
    await deleteArticle(library);
  }
});

scenario(
  'library: "Add this page" says why a page without an article is not added',
  async (browser) => {
    const page = await browser.openPage(browser.server.url('library/no-article.html'));
    const popup = await browser.openPopup(page);
    await popup.driver.waitForSelector('.add-page button', 5000);
    const refusal = await addFromPopup(popup);
    assert.match(refusal, /^No article was found on this page/);
    const drafts = await popup.driver.evaluate(async () => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      return Object.keys(await api.storage.session.get(null)).filter((k) => k.startsWith('draft:'));
    }, undefined);
    assert.deepEqual(drafts, [], 'nothing kept');
  },
);

scenario(
  'library: "Add this page" is not offered on a page Backstory cannot read',
  async (browser) => {
    const restricted = await browser.openPage(
      browser.name === 'chromium'
        ? 'chrome://version/'
        : `view-source:${browser.server.url('library/article.html')}`,
    );
    const popup = await browser.openPopup(restricted);
    await popup.driver.waitFor(
      () =>
        /can’t run on this page/.test(document.querySelector('[role=status]')?.textContent ?? ''),
      undefined,
      10_000,
    );
    const offered = await popup.driver.evaluate(
      () => document.querySelector('.add-page') !== null,
      undefined,
    );
    assert.equal(offered, false, 'Add this page offered where the page cannot be read');
  },
);
