import assert from 'node:assert/strict';
import { fixture, recordedMutations } from '../harness/highlighter';
import { scenario } from '../harness/runner';

/** The person highlights of highlighter/split.html, in page order. */
const SPLIT_PEOPLE = [
  'John Kerry',
  'Vladimir Putin',
  'Putin',
  'Bashar al-Assad',
  'Sergei Lavrov',
  'Kerry',
];

scenario('highlighter: names split over inline elements', async (browser) => {
  const page = await browser.openPage(browser.server.url(fixture('split.html')));
  await page.waitForHighlights('backstory-person', { min: SPLIT_PEOPLE.length });
  const ranges = await page.highlightRanges('backstory-person');
  // One range per name, with the full text: `<div>John</div><div>Kerry</div>` gives only "Kerry".
  assert.deepEqual(
    ranges.map((r) => r.text),
    SPLIT_PEOPLE,
  );

  // "Sergei Lavrov" in the 7ch column wraps: one range drawn on two lines.
  const lavrov = ranges.find((r) => r.text === 'Sergei Lavrov');
  const lines = new Set(lavrov?.rects.filter((r) => r.width > 0).map((r) => Math.round(r.y)));
  assert.ok(lines.size >= 2, `"Sergei Lavrov" should wrap: ${JSON.stringify(lavrov?.rects)}`);

  // Each range starts and ends where the elements say: the drop cap's "P" is part of "Putin".
  const ends = await page.evaluate(() => {
    const highlight = CSS.highlights.get('backstory-person');
    return [...(highlight ?? [])].map((r) => {
      const start = r.startContainer.parentElement;
      const end = r.endContainer.parentElement;
      return `${start?.closest('[id]')?.id}:${start?.localName}→${end?.localName}`;
    });
  }, undefined);
  assert.deepEqual(ends.sort(), [
    'blocks:div→div',
    'bold:p→b',
    'dropcap:span→p',
    'link:a→em',
    'particle:p→p',
    'wrapped:p→p',
  ]);

  assert.deepEqual(await recordedMutations(page), [], 'DOM mutations on the page');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
});
