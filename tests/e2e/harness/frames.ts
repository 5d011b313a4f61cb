import { createTestPage, HIGHLIGHT_TIMEOUT_MS } from './page-objects';
import { tabIdOf } from './popup-actions';
import { startFixtureServer } from './server';
import { sleep } from './sleep';
import type { PageDriver, PopupPage, TestBrowser, TestPage } from './types';

/**
 * The frame shown by the `<iframe>` that `selector` finds in `page` as a {@link TestPage}:
 * everything evaluates and waits inside the frame, and `hover(x, y)` takes the frame's own
 * viewport coordinates (moved by where its `<iframe>` is in `page`, which must not scroll
 * meanwhile). Waits for the frame to appear.
 */
export async function framePage(page: TestPage, selector: string): Promise<TestPage> {
  const { driver } = page;
  if (!driver.frame) throw new Error('this driver has no frames');
  const deadline = Date.now() + HIGHLIGHT_TIMEOUT_MS;
  let frame: PageDriver | undefined;
  for (;;) {
    frame = await driver.frame(selector);
    if (frame || Date.now() > deadline) break;
    await sleep(100);
  }
  if (!frame) throw new Error(`No frame in ${selector} on ${page.url()}`);
  const origin = () =>
    driver.evaluate((css) => {
      const element = document.querySelector(css);
      if (!element) throw new Error(`no ${css}`);
      const r = element.getBoundingClientRect();
      const style = getComputedStyle(element);
      return {
        x: r.x + element.clientLeft + Number.parseFloat(style.paddingLeft),
        y: r.y + element.clientTop + Number.parseFloat(style.paddingTop),
      };
    }, selector);
  return createTestPage({
    ...frame,
    async mouseMove(x, y) {
      const at = await origin();
      await driver.mouseMove(at.x + x, at.y + y);
    },
  });
}

/** Whether a card host exists in the page or frame (only a frame with a card gets one). */
export function hasCardHost(page: TestPage): Promise<boolean> {
  return page.evaluate(() => !!document.querySelector('backstory-card'), undefined);
}

/** The extension API of an extension page, as far as these helpers use it. */
type Api = {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { sendMessage(tabId: number, message: unknown, options: object): Promise<unknown> };
};

/** The frame ids the background holds summaries for in the popup's tab, with their totals. */
export function tabFrames(popup: PopupPage): Promise<Record<string, number>> {
  return popup.driver.evaluate(async (tabId) => {
    const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
    const api = (scope.browser ?? scope.chrome) as Api;
    const frames = (await api.runtime.sendMessage({ type: 'getTabFrames', data: { tabId } })) as
      | Record<string, { total: number }>
      | undefined;
    return Object.fromEntries(Object.entries(frames ?? {}).map(([id, s]) => [id, s.total]));
  }, tabIdOf(popup));
}

/** Sends `message` to one frame of the popup's tab, as the background does (`{frameId}`). */
export function sendToFrame(popup: PopupPage, frameId: number, message: unknown) {
  return popup.driver.evaluate(
    ([tabId, id, body]) => {
      const scope = globalThis as unknown as { browser?: Api; chrome?: Api };
      const api = (scope.browser ?? scope.chrome) as Api;
      return api.tabs.sendMessage(tabId, body, { frameId: id });
    },
    [tabIdOf(popup), frameId, message] as const,
  );
}

/**
 * Serves `/frames/cross-origin.html` (top: "Vladimir Putin"): its `#frame` shows frames/inner.html
 * from a second fixture server, another port of 127.0.0.1 and so another origin (which bypasses
 * the proxy like the first). Returns the page's URL and how to stop the second server.
 */
export async function serveCrossOriginFrame(browser: TestBrowser) {
  const other = await startFixtureServer();
  browser.server.route('/frames/cross-origin.html', {
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Cross-origin</title>
<script src="/record-mutations.js"></script></head><body style="margin:16px;font:16px Georgia,serif">
<p>Vladimir Putin watched John Kerry arrive.</p>
<iframe id="frame" title="Other origin" src="${other.url('frames/inner.html')}"
 style="display:block;width:640px;height:180px;border:1px solid #888;margin:30px 10px"></iframe>
</body></html>`,
  });
  return { url: browser.server.url('frames/cross-origin.html'), close: () => other.close() };
}
