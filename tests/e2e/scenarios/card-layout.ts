import assert from 'node:assert/strict';
import path from 'node:path';
import { SCREENSHOTS_DIR } from '../harness/browser';
import {
  type CardState,
  cardState,
  mentionPoint,
  rawPage,
  waitForCard,
  waitForCardClosed,
} from '../harness/card';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';
import type { TestPage } from '../harness/types';

/** Waits for the card on `name` and for its placement to settle (it animates in, 120 ms). */
async function settledCard(page: TestPage, name: string): Promise<CardState> {
  await waitForCard(page, name);
  await sleep(200);
  return (await cardState(page)) ?? assert.fail('no card');
}

/** Asserts that the card lies inside the viewport. */
function assertInViewport(card: CardState, what: string): void {
  const { rect, viewport } = card;
  const inside =
    rect.left >= 0 &&
    rect.top >= 0 &&
    rect.right <= viewport.width + 0.5 &&
    rect.bottom <= viewport.height + 0.5;
  assert.ok(inside, `${what}: card at ${JSON.stringify(rect)} in ${JSON.stringify(viewport)}`);
}

scenario(
  'card: stays inside the viewport at every edge, beside a wrapped line',
  async (browser) => {
    const page = await browser.openPage(browser.server.url('card/edges.html?edges'));
    await page.waitForHighlights('backstory-person', { min: 5 });
    const corners: [string, string][] = [
      ['John Kerry', 'John Kerry'],
      ['Sergey Lavrov', 'Sergey Lavrov'],
      ['Bashar al-Assad', 'Bashar Assad'],
      ['Barack Obama', 'Barack Obama'],
    ];
    for (const [text, name] of corners) {
      const point = await mentionPoint(page, text);
      await page.hover(point.x, point.y);
      const card = await settledCard(page, name);
      assertInViewport(card, text);
      const { rect } = card;
      const overNames = rect.top <= point.y && point.y <= rect.bottom;
      assert.ok(!overNames || rect.right < point.x || rect.left > point.x, `${text} is covered`);
    }

    const wrapped = (await page.highlightRanges()).find((r) => r.text === 'Vladimir Putin');
    assert.equal(wrapped?.rects.length, 2, 'Vladimir Putin wraps over two lines');
    for (const [line, rect] of (wrapped?.rects ?? []).entries()) {
      await page.hover(2, 384);
      await waitForCardClosed(page);
      await page.hover(rect.x + rect.width / 2, rect.y + rect.height / 2);
      const card = await settledCard(page, 'Vladimir Putin');
      assertInViewport(card, `line ${line + 1}`);
      const below = Math.abs(card.rect.top - (rect.y + rect.height + 6));
      const above = Math.abs(card.rect.bottom - (rect.y - 6));
      assert.ok(
        Math.min(below, above) <= 3 && Math.abs(card.rect.left - rect.x) <= 3,
        `line ${line + 1} at ${JSON.stringify(rect)}, card at ${JSON.stringify(card.rect)}`,
      );
    }
  },
);

scenario('card: follows its name when the page grows above it', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?reflow'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const point = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(point.x, point.y);
  const before = await settledCard(page, 'Vladimir Putin');
  // An image or an ad coming in above the name moves it without a scroll.
  await page.evaluate(() => {
    const block = document.createElement('div');
    block.style.height = '40px';
    document.body.prepend(block);
  }, undefined);
  await sleep(200);
  const moved = await mentionPoint(page, 'Vladimir Putin');
  assert.ok(moved.y - point.y >= 30, `the name moved ${moved.y - point.y} px`);
  const followed = (await cardState(page)) ?? assert.fail('no card after the page grew');
  assert.ok(followed.open, 'the card is still open');
  assert.notEqual(followed.rect.top, before.rect.top, 'the card moved with the page');
  // Where it goes when opened on the name's new place.
  await page.hover(2, 2);
  await waitForCardClosed(page);
  await page.hover(moved.x, moved.y);
  const reopened = await settledCard(page, 'Vladimir Putin');
  const off = Math.max(
    Math.abs(followed.rect.top - reopened.rect.top),
    Math.abs(followed.rect.left - reopened.rect.left),
  );
  assert.ok(
    off <= 2,
    `followed ${JSON.stringify(followed.rect)}, opened ${JSON.stringify(reopened.rect)}`,
  );
});

scenario('card: follows its name when a transform or a script moves it', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?moved'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const point = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(point.x, point.y);
  const before = await settledCard(page, 'Vladimir Putin');
  // The pointer rests in the card's lower part, where it stays while the card moves down.
  await page.hover(
    before.rect.left + 40,
    before.rect.top + (before.rect.bottom - before.rect.top) * 0.8,
  );
  await sleep(100);
  // No scroll, no resize, no size changes anywhere: only the name's paragraph moves.
  const moves = [
    'translateY(-60px)',
    // A carousel or a sticky header moving content with `position: relative` and `top`.
    'relative -120px',
  ];
  let last = before;
  for (const move of moves) {
    await page.evaluate((how) => {
      const range = CSS.highlights.get('backstory-person');
      const mention = [...(range ?? [])].find((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString() === 'Vladimir Putin';
      });
      const element = mention?.startContainer.parentElement?.closest('p') as HTMLElement;
      if (how.startsWith('relative')) {
        element.style.transform = '';
        element.style.position = 'relative';
        element.style.top = how.split(' ')[1] as string;
      } else {
        element.style.transform = how;
      }
    }, move);
    await sleep(300);
    const moved = await mentionPoint(page, 'Vladimir Putin');
    const now = (await cardState(page)) ?? assert.fail(`no card after ${move}`);
    assert.ok(now.open, `the card is still open after ${move}`);
    const nameMoved = moved.y - point.y;
    const cardMoved = now.rect.top - before.rect.top;
    assert.ok(
      Math.abs(cardMoved - nameMoved) <= 2,
      `${move}: the name moved ${nameMoved} px, the card ${cardMoved} px`,
    );
    last = now;
  }
  assert.notEqual(last.rect.top, before.rect.top);
});

scenario('card: hostile page CSS cannot restyle or hide the card', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/hostile.html?hostile'));
  await page.waitForHighlights('backstory-person', { min: 1 });
  const point = await mentionPoint(page, 'Vladimir Putin');
  await page.hover(point.x, point.y);
  const card = await settledCard(page, 'Vladimir Putin');
  assert.equal(card.fontSize, '14px');
  assert.ok(Math.abs(card.rect.width - 360) <= 1, `card width ${card.rect.width}`);
  const looks = await page.evaluate((box) => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    const title = root?.querySelector('.card h2');
    // A point of the card over the red overlay (z-index 2147483647, which takes the pointer).
    const y = Math.max(box.top + 10, box.bottom - 10);
    return {
      title: title ? getComputedStyle(title).fontSize : '',
      background: getComputedStyle(root?.querySelector('.card') as Element).backgroundColor,
      overlayBelow: y > innerHeight * 0.2,
      onTop: document.elementFromPoint(box.left + 20, y)?.localName,
    };
  }, card.rect);
  assert.deepEqual(looks, {
    title: '16px',
    background: 'rgb(255, 255, 255)',
    overlayBelow: true,
    onTop: 'backstory-card',
  });

  // Rules the shadow root cannot shut out by itself: one aimed at the host, and a zoom on <html>
  // (the card is opened again under the zoom, at the name's new place, without the overlays,
  // which the zoom would stretch over the name).
  const problems: string[] = [];
  for (const rule of [
    'backstory-card { display: none !important; }',
    'html { zoom: 2 !important; }',
  ]) {
    await page.evaluate((text) => {
      if (text.startsWith('html'))
        for (const overlay of document.querySelectorAll('.overlay')) overlay.remove();
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(text);
      document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    }, rule);
    if (rule.startsWith('html')) {
      await page.hover(1010, 10);
      await waitForCardClosed(page);
      const moved = await mentionPoint(page, 'Vladimir Putin');
      await page.hover(moved.x, moved.y);
      await waitForCard(page, 'Vladimir Putin');
    }
    await sleep(200);
    const now = (await cardState(page)) ?? assert.fail('no card');
    if (!now.visible || now.hostDisplay === 'none') problems.push(`${rule} hides the card`);
    if (Math.abs(now.rect.width - 360) > 1) {
      problems.push(`${rule} makes the card ${Math.round(now.rect.width)} px wide`);
    }
  }
  assert.deepEqual(problems, []);
});

scenario('card: screenshots in light and dark', async (browser) => {
  const page = await browser.openPage(browser.server.url('card/article.html?shots'));
  await page.waitForHighlights('backstory-person', { min: 6 });
  const raw = await rawPage(browser, page);
  // Background and `color-scheme` (which colours the card's native scrollbar) per scheme.
  const looks: string[] = [];
  try {
    for (const scheme of ['light', 'dark'] as const) {
      await raw.colorScheme(scheme);
      await page.hover(1010, 700);
      await waitForCardClosed(page).catch(() => {});
      const point = await mentionPoint(page, 'Vladimir Putin');
      await page.hover(point.x, point.y);
      await settledCard(page, 'Vladimir Putin');
      looks.push(
        await page.evaluate(() => {
          const root = document.querySelector('backstory-card')?.shadowRoot;
          const style = getComputedStyle(root?.querySelector('.card') as Element);
          return `${style.backgroundColor} ${style.colorScheme}`;
        }, undefined),
      );
      await page.screenshot(path.join(SCREENSHOTS_DIR, `${browser.name}-card-${scheme}.png`));
    }
  } finally {
    await raw.colorScheme(null);
  }
  // `color-scheme: light dark` (or the scheme itself) gives the scrollbar the card's colours.
  const [light, dark] = looks.map((look) => look.split(' ').slice(3));
  assert.deepEqual(
    looks.map((look) => look.split(' ').slice(0, 3).join(' ')),
    ['rgb(255, 255, 255)', 'rgb(31, 34, 41)'],
  );
  assert.ok(light?.includes('light') && dark?.includes('dark'), `color-scheme: ${looks}`);
});
