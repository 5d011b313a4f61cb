import assert from 'node:assert/strict';
import path from 'node:path';
import { SCREENSHOTS_DIR } from '../harness/browser';
import { SMOKE_PEOPLE } from '../harness/fixture-mentions';
import { scenario } from '../harness/runner';

scenario('smoke: highlights, hover and popup', async (browser) => {
  const page = await browser.openPage(browser.server.url('smoke.html'));
  await page.waitForHighlights('backstory-person', { min: SMOKE_PEOPLE.length });
  assert.deepEqual(await page.highlightTexts('backstory-person'), SMOKE_PEOPLE);
  assert.deepEqual(await page.highlightTexts('backstory-place'), [], 'places are off by default');

  const putin = (await page.highlightRanges()).find((range) => range.text === 'Putin');
  const rect = putin?.rects[0];
  assert.ok(putin && rect, 'a Putin range with a client rect');
  await page.hover(rect.x + rect.width / 2, rect.y + rect.height / 2);
  await page.waitForHighlights('backstory-hover', { timeoutMs: 3000 });
  const hovered = await page.highlightRanges('backstory-hover');
  assert.deepEqual(hovered, [putin], 'the hover highlight is exactly the first Putin range');
  await page.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-page.png`));

  const popup = await browser.openPopup(page);
  await popup.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-popup.png`));
  const total = await popup.totalMentions();
  assert.equal(total, SMOKE_PEOPLE.length, `popup says: ${JSON.stringify(await popup.text())}`);
  // Each entry says "N mention(s)" to screen readers, whatever it shows.
  const counts = (await popup.listItems()).map((item) => Number(/(\d+) mentions?/.exec(item)?.[1]));
  assert.equal(counts.length, new Set(SMOKE_PEOPLE).size, 'one list entry per person');
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    total,
    'the list adds up to the total',
  );
});
