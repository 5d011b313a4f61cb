import assert from 'node:assert/strict';
import { mentionPoint, waitForCard } from '../harness/card';
import { framePage, hasCardHost, serveCrossOriginFrame } from '../harness/frames';
import { recordedMutations } from '../harness/highlighter';
import { foreignMutations } from '../harness/mutations';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { TestBrowser } from '../harness/types';

/** The person mentions of tests/fixtures/frames/inner.html. */
const INNER_PEOPLE = ['Sergey Lavrov', 'John Kerry', 'Lavrov'];

/**
 * Opens `url`, checks the top page's and the frame's highlights, hovers a name in the frame
 * (coordinates moved by the frame's position) and checks the card opens inside the frame, placed
 * in its viewport; then that neither document was touched but for the card's host.
 */
async function checkFrame(
  browser: TestBrowser,
  url: string,
  expected: { top: string[]; frame: string[]; hover: [text: string, name: string] },
) {
  const page = await browser.openPage(url);
  await page.waitForHighlights('backstory-person', { min: expected.top.length });
  assert.deepEqual(await page.highlightTexts(), expected.top, `top page of ${url}`);
  const frame = await framePage(page, '#frame');
  await frame.waitForHighlights('backstory-person', { min: expected.frame.length });
  assert.deepEqual(await frame.highlightTexts(), expected.frame, `frame of ${url}`);

  const [text, name] = expected.hover;
  const point = await mentionPoint(frame, text);
  await frame.hover(point.x, point.y);
  const card = await waitForCard(frame, name);
  assert.ok(card.visible, 'the card paints');
  // Placed in the frame's own viewport (not the top page's).
  assert.ok(card.rect.left >= 0 && card.rect.right <= card.viewport.width, JSON.stringify(card));
  assert.equal(card.viewport.width, await frame.evaluate(() => innerWidth, undefined));
  assert.equal(await hasCardHost(page), false, 'no card in the top page');

  assert.deepEqual(foreignMutations(await recordedMutations(page)), [], 'top page DOM');
  assert.deepEqual(foreignMutations(await recordedMutations(frame)), [], 'frame DOM');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
}

scenario('frames: a same-origin frame highlights and opens cards inside itself', (browser) =>
  checkFrame(browser, browser.server.url('frames/same-origin.html'), {
    top: ['John Kerry', 'Vladimir Putin', 'Putin'],
    frame: INNER_PEOPLE,
    hover: ['Sergey Lavrov', 'Sergey Lavrov'],
  }),
);

scenario('frames: a cross-origin frame (another loopback port) too', async (browser) => {
  const served = await serveCrossOriginFrame(browser);
  try {
    await checkFrame(browser, served.url, {
      top: ['Vladimir Putin', 'John Kerry'],
      frame: INNER_PEOPLE,
      hover: ['Lavrov', 'Sergey Lavrov'],
    });
  } finally {
    await served.close();
  }
});

scenario('frames: a srcdoc frame too', (browser) =>
  checkFrame(browser, browser.server.url('frames/srcdoc.html'), {
    top: ['Vladimir Putin', 'John Kerry'],
    frame: ['Barack Obama', 'John Kerry', 'Obama', 'Bashar al-Assad'],
    hover: ['Obama', 'Barack Obama'],
  }),
);

scenario(
  'frames: added, grown or filled after load are read; 20 tiny frames are not',
  async (browser) => {
    const page = await browser.openPage(browser.server.url('frames/later.html'));
    await page.waitForHighlights('backstory-person');
    await page.evaluate(() => (window as unknown as { __later: Promise<void> }).__later, undefined);
    const cases: [selector: string, texts: string[]][] = [
      ['#late', ['Sergey Lavrov', 'John Kerry']],
      ['#grows', ['Barack Obama']],
      ['#filled', ['Bashar al-Assad']],
    ];
    for (const [selector, texts] of cases) {
      const frame = await framePage(page, selector);
      await frame.waitForHighlights('backstory-person', { min: texts.length });
      assert.deepEqual(await frame.highlightTexts(), texts, selector);
    }
    const late = await framePage(page, '#late');
    const point = await mentionPoint(late, 'John Kerry');
    await late.hover(point.x, point.y);
    await waitForCard(late, 'John Kerry');
    // The page's own changes: the frame it added, the frame it resized.
    const pageOwn = (m: { added: string[]; attribute: string | null }) =>
      m.added.includes('iframe#late') || m.attribute === 'style';
    assert.deepEqual(foreignMutations(await recordedMutations(page), pageOwn), [], 'top page DOM');
    assert.deepEqual(foreignMutations(await recordedMutations(late)), [], 'added frame DOM');

    const tiny = await browser.openPage(browser.server.url('frames/tiny.html'));
    await tiny.waitForHighlights('backstory-person', { min: 2 });
    // Time for any frame that would be read (they load with the page).
    await sleep(1000);
    const highlighted = await tiny.evaluate(
      () =>
        [...document.querySelectorAll('iframe')].filter(
          (f) => ((f.contentWindow as typeof window | null)?.CSS.highlights.size ?? 0) > 0,
        ).length,
      undefined,
    );
    assert.equal(highlighted, 0, 'no tiny frame reads its text');
    assert.deepEqual(foreignMutations(await recordedMutations(tiny)), [], 'tiny-frames page DOM');
    assert.deepEqual([...page.pageErrors(), ...tiny.pageErrors()], [], 'page errors');
  },
);
