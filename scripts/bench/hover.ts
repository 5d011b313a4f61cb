/**
 * Moving the real pointer onto a highlighted name (CDP `Input.dispatchMouseEvent`) and watching,
 * from the page's main world, when the card's shadow host `<backstory-card>` appears and is
 * painted. Every time is on the page's `performance.now()` clock.
 */
import type { CDPSession, Page } from 'playwright-core';
import { sleep } from '../../tests/e2e/harness/sleep';

/** Where a name is: the centre of its first box, and the left edge of that box. */
export interface NamePoint {
  x: number;
  y: number;
  left: number;
}

/** The `index`-th person highlight wholly inside the viewport, or null. */
export function visibleName(page: Page, index: number): Promise<NamePoint | null> {
  return page.evaluate((wanted) => {
    const highlight = CSS.highlights.get('backstory-person');
    let seen = 0;
    for (const found of highlight ?? []) {
      // Highlights may hold static ranges, which have no boxes.
      const range = document.createRange();
      range.setStart(found.startContainer, found.startOffset);
      range.setEnd(found.endContainer, found.endOffset);
      const box = range.getClientRects()[0];
      if (!box || box.width === 0 || box.top < 0 || box.bottom > innerHeight) continue;
      if (seen++ === wanted) {
        return { x: box.left + box.width / 2, y: box.top + box.height / 2, left: box.left };
      }
    }
    return null;
  }, index);
}

/**
 * Starts watching the card: the page's time of the last pointer move, of `<backstory-card>`'s
 * insertion into `<html>` or of the first change inside its shadow root after `watchCard` (a
 * card opened again in the same host), and of the first moment after the frame that follows it
 * (a task posted from `requestAnimationFrame` runs after that frame is painted).
 */
export async function watchCard(page: Page): Promise<void> {
  // A string: tsx would wrap the named functions of a function in a helper the page lacks.
  await page.evaluate(WATCH_CARD);
}

const WATCH_CARD = `(() => {
  window.__cardWatch?.stop();
  const watch = { rest: 0, changed: 0, painted: 0, stop() {} };
  const onMove = (event) => { watch.rest = event.timeStamp; };
  addEventListener('mousemove', onMove, { capture: true, passive: true });
  const seen = () => {
    if (watch.changed) return;
    watch.changed = performance.now();
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => { watch.painted = performance.now(); };
      channel.port2.postMessage(0);
    });
  };
  const inShadow = new MutationObserver(seen);
  const host = document.querySelector('backstory-card');
  if (host && host.shadowRoot) {
    inShadow.observe(host.shadowRoot, { childList: true, subtree: true, attributes: true });
  }
  const onHtml = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node.localName === 'backstory-card') seen();
    }
  });
  onHtml.observe(document.documentElement, { childList: true });
  watch.stop = () => {
    removeEventListener('mousemove', onMove, { capture: true });
    inShadow.disconnect();
    onHtml.disconnect();
  };
  window.__cardWatch = watch;
})()`;

/** What `watchCard` saw: the pointer's rest, the card's change and its paint (0: not yet). */
export function cardTimes(page: Page): Promise<{ rest: number; changed: number; painted: number }> {
  return page.evaluate(() => {
    const w = window as unknown as {
      __cardWatch?: { rest: number; changed: number; painted: number };
    };
    const { rest = 0, changed = 0, painted = 0 } = w.__cardWatch ?? {};
    return { rest, changed, painted };
  });
}

/** Waits until the watched card is painted; its times, or null after `timeoutMs`. */
export async function cardPainted(page: Page, timeoutMs: number) {
  const ok = await page
    .waitForFunction(
      () =>
        ((window as unknown as { __cardWatch?: { painted: number } }).__cardWatch?.painted ?? 0) >
        0,
      undefined,
      { timeout: timeoutMs, polling: 20 },
    )
    .then(
      () => true,
      () => false,
    );
  return ok ? cardTimes(page) : null;
}

const move = (cdp: CDPSession, x: number, y: number) =>
  cdp.send('Input.dispatchMouseEvent', { type: 'mouseMoved', x, y });

/**
 * Brings the pointer to rest on `name` the way a reader does: from a little before the name,
 * slowly (well under the hover intent's passing speed), ending on its centre.
 */
export async function restOn(cdp: CDPSession, name: NamePoint): Promise<void> {
  await move(cdp, Math.max(0, name.left - 30), name.y);
  await sleep(60);
  await move(cdp, Math.max(0, name.left - 12), name.y);
  await sleep(60);
  await move(cdp, name.x, name.y);
}

/** Moves the pointer away from every name, to the page's top-left corner. */
export async function moveAway(cdp: CDPSession): Promise<void> {
  await move(cdp, 1, 1);
}
