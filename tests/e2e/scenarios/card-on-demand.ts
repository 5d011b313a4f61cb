import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import {
  CARD_MODULE_FILE,
  PAGE_MODULE_FILE,
  SHADOW_MODULE_FILE,
} from '../../../lib/web-accessible-files';
import { extensionDir } from '../harness/browser';
import { cardState, mentionPoint, waitForCard } from '../harness/card';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { TestBrowser, TestPage } from '../harness/types';

/**
 * DESIGN.md §5: what a page compiles before its first hover: the content script, and on a page
 * that may hold a name the page module it imports.
 */
const CONTENT_SCRIPT_BUDGET_BYTES = 25 * 1024;
const CARD_MODULE = CARD_MODULE_FILE;

/**
 * Whether the browser tells the harness which extension files a tab loads: Chromium does (the
 * DevTools protocol's network events); Firefox's WebDriver BiDi leaves extension requests out,
 * so there the card's absence before the hover is all that can be seen.
 */
const reportsExtensionRequests = (browser: TestBrowser) => browser.name === 'chromium';

const cardModuleRequests = (page: TestPage) =>
  page.driver.extensionRequests().filter((url) => url.endsWith(`/${CARD_MODULE}`));

scenario(
  'budget: the content script and its page module are at most 25 KB, the card is a module of its own',
  async (browser) => {
    const dir = extensionDir(browser.name);
    const scriptsDir = path.join(dir, 'content-scripts');
    const manifest = JSON.parse(readFileSync(path.join(dir, 'manifest.json'), 'utf8'));
    const declared: string[] = manifest.content_scripts.flatMap(
      (s: { js?: string[] }) => s.js ?? [],
    );
    // What every readable page compiles: the declared scripts and the module they import.
    const listed = [...declared, PAGE_MODULE_FILE];
    const bytes = listed.reduce((sum, file) => sum + statSync(path.join(dir, file)).size, 0);
    assert.ok(
      bytes <= CONTENT_SCRIPT_BUDGET_BYTES,
      `${listed.join(', ')}: ${bytes} bytes > ${CONTENT_SCRIPT_BUDGET_BYTES}`,
    );
    const card = readFileSync(path.join(dir, CARD_MODULE), 'utf8');
    // An ES module with the view's maker, and Preact inside it rather than in the content script.
    assert.match(card, /export\s*\{[^}]*createPageCardView/);
    const content = listed.map((file) => readFileSync(path.join(dir, file), 'utf8')).join('\n');
    for (const marker of ['__k', 'popover', 'Excerpt']) {
      assert.ok(!content.includes(marker), `the content script carries card code (${marker})`);
    }
    // Only what every page compiles (and its CSS) is in the content scripts' folder.
    assert.deepEqual(readdirSync(scriptsDir).sort(), ['content.css', 'content.js']);
    const accessible = JSON.stringify(manifest.web_accessible_resources);
    for (const module of [PAGE_MODULE_FILE, SHADOW_MODULE_FILE, CARD_MODULE]) {
      assert.ok(accessible.includes(module), `${module} not web-accessible: ${accessible}`);
    }
    if (browser.name === 'chromium') {
      // Pages cannot probe for the extension at a fixed URL.
      assert.equal(manifest.web_accessible_resources[0].use_dynamic_url, true);
    }
  },
);

scenario('card module: not loaded before the first hover, loaded by it', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?on-demand'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  // Reading, scrolling and moving the pointer off names loads nothing.
  await page.hover(1010, 700);
  await page.hover(600, 20);
  await page.evaluate(() => window.scrollBy(0, 200), undefined);
  await sleep(800);
  assert.deepEqual(cardModuleRequests(page), []);
  assert.equal(await cardState(page), null);
  assert.equal(
    await page.evaluate(() => document.querySelector('backstory-card') === null, undefined),
    true,
  );
  const point = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(point.x, point.y);
  const card = await waitForCard(page, 'Vladimir Putin');
  assert.equal(card.role, 'Russian President');
  if (reportsExtensionRequests(browser)) {
    const requests = cardModuleRequests(page);
    assert.ok(requests.length > 0, 'the card opened without its module being requested');
    // Chromium: under the per-session (dynamic) URL the content script asked for.
    assert.ok(
      requests.some((url) => !url.includes(new URL(browser.extensionBaseUrl).host)),
      `only the extension's fixed URL was requested: ${requests}`,
    );
  }
  assert.deepEqual(page.pageErrors(), []);
});

scenario(
  'a page without names loads neither the page module nor the card, until a name arrives',
  async (browser) => {
    const page = await browser.openPage(browser.server.url('popup/empty.html'));
    await page.hover(100, 60);
    await sleep(500);
    await page.hover(120, 90);
    await sleep(500);
    assert.deepEqual(cardModuleRequests(page), []);
    assert.equal(
      await page.evaluate(() => document.querySelector('backstory-card') === null, undefined),
      true,
    );
    const pageModuleRequests = () =>
      page.driver.extensionRequests().filter((url) => url.endsWith(`/${PAGE_MODULE_FILE}`));
    if (reportsExtensionRequests(browser)) {
      // Only the content script ran: it found no name in the page's text.
      assert.deepEqual(page.driver.extensionRequests(), []);
    }
    // A name arriving later is seen, and only then is the page module imported.
    await page.evaluate(() => {
      document.body.insertAdjacentHTML('beforeend', '<p>Later, Vladimir Putin spoke.</p>');
    }, undefined);
    await page.waitForHighlights('backstory-person', { min: 1 });
    if (reportsExtensionRequests(browser)) {
      // (Chromium lists a module of `use_dynamic_url` twice: at that address and at the real one.)
      assert.ok(pageModuleRequests().length > 0, `${page.driver.extensionRequests()}`);
    }
    assert.deepEqual(cardModuleRequests(page), []);
  },
);
