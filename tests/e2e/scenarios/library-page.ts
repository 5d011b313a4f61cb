import assert from 'node:assert/strict';
import path from 'node:path';
import { SCREENSHOTS_DIR } from '../harness/browser';
import {
  captureDownloads,
  chooseFile,
  clickButton,
  fillPaste,
  listedTitles,
  nextDownload,
  switchIsOn,
  waitForText,
  waitForTitles,
} from '../harness/library-page';
import { scenario } from '../harness/runner';
import type { TestPage } from '../harness/types';

const BUNDLED = 'John Kerry heads to Moscow for tough Syria, Ukraine talks';
const TITLE = 'Merkel and Putin meet in Berlin';
const TEXT =
  'German Chancellor Angela Merkel met Russian President Vladimir Putin in Berlin on Monday. ' +
  'Merkel said the talks on Ukraine had been frank. Putin did not speak to reporters afterwards.';

/** Pastes the article and finds its names; returns the people the review lists. */
async function pasteAndReview(page: TestPage) {
  await fillPaste(page, { Text: TEXT, Title: TITLE, Date: '2014-11-17', URL: '' });
  await clickButton(page, 'Find the names');
  await waitForText(page, '.review h3', /^Check the names before saving$/);
  const people = await page.evaluate(
    () =>
      [...document.querySelectorAll('.review section')]
        .filter((s) => s.querySelector('h4')?.textContent?.startsWith('People'))
        .flatMap((s) => [...s.querySelectorAll('legend')].map((l) => l.textContent)),
    undefined,
  );
  assert.deepEqual(people, ['Angela Merkel', 'Vladimir Putin']);
  return people;
}

/** A library file's articles (everything but the time of export). */
const articlesOf = (file: string) => JSON.parse(file).articles;

scenario('library page: paste, review, save, switch, export, delete, import', async (browser) => {
  const page = await browser.openExtensionPage('options.html', '.library-list');
  await page.driver.setViewport(760, 1000);
  await captureDownloads(page);
  try {
    await waitForTitles(page, [BUNDLED]);

    // Refused pastes: a message, nothing saved, the form as typed.
    await fillPaste(page, { Text: '   ', Title: 'Empty' });
    await clickButton(page, 'Find the names');
    await waitForText(page, '[role=alert]', /^The article has no text: there is nothing to add\.$/);
    await page.evaluate(() => {
      const text = document.querySelector('.paste-form textarea') as HTMLTextAreaElement;
      text.value = 'Angela Merkel spoke in Berlin. '.repeat(40_000);
      text.dispatchEvent(new Event('input', { bubbles: true }));
    }, undefined);
    await clickButton(page, 'Find the names');
    await waitForText(page, '[role=alert]', /^The article is 1\.2 MB long; the library keeps/);
    await waitForTitles(page, [BUNDLED]);

    await pasteAndReview(page);
    await page.evaluate(() => document.querySelector('.review')?.scrollIntoView(), undefined);
    await page.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-library-review.png`));
    await clickButton(page, 'Save to library');
    await waitForText(page, '[role=status]', new RegExp(`^Added “${TITLE}” to your library\\.$`));
    await waitForTitles(page, [TITLE, BUNDLED]);
    const meta = await page.evaluate(
      () => document.querySelector('.library-entry p')?.textContent,
      undefined,
    );
    assert.equal(meta, '2014-11-17 · 2 people');

    // The article page opens it, from the list's link.
    const href = await page.evaluate(
      () => document.querySelector('.library-title')?.getAttribute('href') ?? '',
      undefined,
    );
    const article = await browser.openExtensionPage(href.slice(1), '#s-0, [role=alert]');
    // The article page is headed by the title; the text's first sentence is its first sentence.
    const opened = await article.evaluate(
      () => ({
        title: document.querySelector('h1')?.textContent,
        first: document.getElementById('s-0')?.textContent?.trim(),
      }),
      undefined,
    );
    assert.deepEqual(opened, { title: TITLE, first: `${TEXT.split('. ')[0]}.` });
    await article.close();

    await page.evaluate(() => document.getElementById('backstory-library')?.scrollIntoView(), 0);
    await page.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-library.png`));

    for (const on of [false, true]) {
      await clickButton(page, `Highlight the names of “${TITLE}”`);
      await page.waitFor(
        ([name, want]) =>
          document.querySelector(`[aria-label="${name}"]`)?.getAttribute('aria-checked') ===
          String(want),
        [`Highlight the names of “${TITLE}”`, on] as const,
        5000,
      );
      assert.equal(await switchIsOn(page, TITLE), on);
    }

    await clickButton(page, 'Export the library');
    const exported = await nextDownload(page);
    assert.match(exported.name, /^backstory-library-\d{4}-\d{2}-\d{2}\.json$/);
    assert.deepEqual(
      articlesOf(exported.text).map((a: { title: string }) => a.title),
      [TITLE],
    );

    await clickButton(page, `Delete “${TITLE}”`);
    await clickButton(page, 'Delete', '.delete-confirmation');
    await waitForTitles(page, [BUNDLED]);

    await chooseFile(page, exported.text);
    await waitForText(page, '[role=status]', /^Imported 1 article\.$/);
    await waitForTitles(page, [TITLE, BUNDLED]);
    await clickButton(page, 'Export the library');
    const again = await nextDownload(page);
    assert.deepEqual(articlesOf(again.text), articlesOf(exported.text));

    // Bad files: each its message, the library unchanged.
    const file = (fields: object) =>
      JSON.stringify({ format: 'backstory-library', version: 1, exportedAt: '', ...fields });
    const bad: [string, string, RegExp][] = [
      ['not ours', '{"hello":"world"}', /^This file is not a Backstory library \(its "format"/],
      ['not JSON', 'hello', /it is not JSON at all/],
      ['damaged', file({ articles: [{ id: 'x' }] }), /^This library file is damaged: article 0/],
      [
        'newer',
        file({ version: 99, articles: [] }),
        /exported by a newer Backstory \(file version 99/,
      ],
    ];
    for (const [what, text, message] of bad) {
      await chooseFile(page, text, `${what}.json`);
      await waitForText(page, '[role=alert]', message);
      assert.deepEqual(await listedTitles(page), [TITLE, BUNDLED], what);
    }
    // A file the browser's storage has no room for: the browser says how much is left (here
    // made to say almost nothing), and nothing is imported.
    await page.evaluate(() => {
      const storage = navigator.storage as { estimate: () => Promise<StorageEstimate> };
      storage.estimate = async () => ({ usage: 1000, quota: 1024 });
    }, undefined);
    const another = JSON.parse(exported.text);
    another.articles[0].id = 'another-copy';
    another.articles[0].url = 'https://news.example/another';
    another.articles[0].text = `${another.articles[0].text} Another copy.`;
    await chooseFile(page, JSON.stringify(another), 'big.json');
    await waitForText(page, '[role=alert]', /^Importing needs about .* Nothing was imported/);
    assert.deepEqual(await listedTitles(page), [TITLE, BUNDLED], 'quota');
    assert.deepEqual(page.pageErrors(), []);
  } finally {
    // The next scenarios start with the bundled article alone.
    if ((await listedTitles(page)).includes(TITLE)) {
      await clickButton(page, `Delete “${TITLE}”`);
      await clickButton(page, 'Delete', '.delete-confirmation');
      await waitForTitles(page, [BUNDLED]);
    }
  }
});

/** `storage.session` of an extension page (`browser` in Firefox, `chrome` in Chromium). */
type SessionApi = {
  storage: {
    session: {
      get(keys: string[]): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
};

scenario(
  'library page: a draft the popup kept is reviewed, saved, then dropped',
  async (browser) => {
    const home = await browser.openExtensionPage('options.html', '.library-list');
    const draft = {
      title: 'From a page',
      text: TEXT,
      url: 'https://news.example/merkel',
      site: 'News',
    };
    // As the popup's "Add this page" keeps it (lib/library/drafts.ts: `draft:<key>`).
    await home.evaluate(async (source) => {
      const scope = globalThis as unknown as { browser?: SessionApi; chrome?: SessionApi };
      await (scope.browser ?? scope.chrome)?.storage.session.set({ 'draft:e2e-1': source });
    }, draft);
    const page = await browser.openExtensionPage('options.html?draft=e2e-1', '.review');
    try {
      const url = await page.evaluate(
        () => document.querySelector<HTMLInputElement>('.review-fields input[type=url]')?.value,
        undefined,
      );
      assert.equal(url, 'https://news.example/merkel');
      await clickButton(page, 'Save to library');
      await waitForText(page, '[role=status]', /^Added “From a page” to your library\.$/);
      await waitForTitles(page, ['From a page', BUNDLED]);
      const after = await page.evaluate(async () => {
        const scope = globalThis as unknown as { browser?: SessionApi; chrome?: SessionApi };
        const kept = await (scope.browser ?? scope.chrome)?.storage.session.get(['draft:e2e-1']);
        return { kept: Object.keys(kept ?? {}), search: location.search };
      }, undefined);
      assert.deepEqual(after, { kept: [], search: '' });
      assert.deepEqual(page.pageErrors(), []);
    } finally {
      if ((await listedTitles(page)).includes('From a page')) {
        await clickButton(page, 'Delete “From a page”');
        await clickButton(page, 'Delete', '.delete-confirmation');
        await waitForTitles(page, [BUNDLED]);
      }
    }
  },
);
