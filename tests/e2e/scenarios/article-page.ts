import assert from 'node:assert/strict';
import { scenario } from '../harness/runner';
import type { TestBrowser } from '../harness/types';

/** The article page's headline and the sentence it was asked to show, once it has rendered. */
async function shown(browser: TestBrowser, path: string) {
  const page = await browser.openExtensionPage(path, '#s-0, [role=alert]');
  const state = await page.evaluate(
    () => ({
      headline: document.getElementById('s-0')?.textContent?.trim() ?? null,
      target: document.querySelector('.target')?.id ?? null,
      alert: document.querySelector('[role=alert]')?.textContent ?? null,
    }),
    undefined,
  );
  assert.deepEqual(page.pageErrors(), []);
  return state;
}

scenario(
  'article page: links carry the article’s id; old links open the bundled article',
  async (browser) => {
    const headline = 'John Kerry heads to Moscow for tough Syria, Ukraine talks';
    assert.deepEqual(await shown(browser, 'article.html#s-3'), {
      headline,
      target: 's-3',
      alert: null,
    });
    assert.deepEqual(await shown(browser, 'article.html?article=bundled#s-5'), {
      headline,
      target: 's-5',
      alert: null,
    });
    const missing = await shown(browser, 'article.html?article=not-there#s-1');
    assert.equal(missing.headline, null);
    assert.match(missing.alert ?? '', /not in your library/);
  },
);
