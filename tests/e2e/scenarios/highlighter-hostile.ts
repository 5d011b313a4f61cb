import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT } from '../harness/browser';
import { fixture, recordedMutations } from '../harness/highlighter';
import { readPng } from '../harness/png';
import { scenario } from '../harness/runner';
import type { TestBrowser, TestPage } from '../harness/types';

/** The person highlights of highlighter/hostile-css.html, in page order. */
const HOSTILE_PEOPLE = [
  'Kerry',
  'Vladimir Putin',
  'Sergei Lavrov',
  'Bashar al-Assad',
  'Barack Obama',
];

/** Opens hostile-css.html once its names are highlighted. */
async function openHostilePage(browser: TestBrowser): Promise<TestPage> {
  const page = await browser.openPage(browser.server.url(fixture('hostile-css.html')));
  await page.waitForHighlights('backstory-person', { min: HOSTILE_PEOPLE.length });
  return page;
}

scenario('highlighter: hostile page CSS leaves the highlights registered', async (browser) => {
  const page = await openHostilePage(browser);
  assert.deepEqual(await page.highlightTexts(), HOSTILE_PEOPLE);
  for (const range of await page.highlightRanges()) {
    assert.ok(
      range.rects.some((r) => r.width > 0),
      `"${range.text}" is laid out`,
    );
  }
  await page.screenshot(path.join(ROOT, 'docs/screenshots', `${browser.name}-hostile-css.png`));
  assert.deepEqual(await recordedMutations(page), [], 'DOM mutations on the page');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
});

/** What the pixels inside one highlighted name look like. */
interface Paint {
  text: string;
  /** Pixels of the page's `::highlight(backstory-person) { background: red }`. */
  red: number;
  /** Pixels dark enough to be glyphs: the name can be read. */
  ink: number;
}

/** Screenshots `page` and measures the pixels inside each person highlight. */
async function paintOf(page: TestPage, name: string): Promise<Paint[]> {
  const file = path.join(tmpdir(), `backstory-${name}-${process.pid}.png`);
  await page.screenshot(file);
  const png = readPng(file);
  await rm(file);
  const scale = png.width / (await page.evaluate(() => innerWidth, undefined));
  const paints: Paint[] = [];
  for (const range of await page.highlightRanges()) {
    const paint = { text: range.text, red: 0, ink: 0 };
    for (const rect of range.rects) {
      for (let y = Math.ceil(rect.y + 1); y < rect.y + rect.height - 1; y++) {
        for (let x = Math.ceil(rect.x + 1); x < rect.x + rect.width - 1; x++) {
          const [r, g, b] = png.rgb(Math.floor(x * scale), Math.floor(y * scale));
          if (r > 200 && g < 80 && b < 80) paint.red++;
          if (Math.max(r, g, b) < 110) paint.ink++;
        }
      }
    }
    paints.push(paint);
  }
  return paints;
}

/** The names whose highlight shows the page's red, or hides the text. */
const repainted = (paints: Paint[]) => paints.filter((p) => p.red > 0 || p.ink < 20);

scenario('highlighter: hostile page CSS cannot repaint the names', async (browser) => {
  // The measure first, on a page without hostile CSS: our colours, legible names.
  const plain = await browser.openPage(browser.server.url(fixture('split.html')));
  await plain.waitForHighlights('backstory-person', { min: 6 });
  assert.deepEqual(repainted(await paintOf(plain, 'plain')), [], 'names on a plain page');

  const page = await openHostilePage(browser);
  const paints = await paintOf(page, 'hostile');
  assert.deepEqual(repainted(paints), [], 'names the page repainted (red, or no visible text)');
});
