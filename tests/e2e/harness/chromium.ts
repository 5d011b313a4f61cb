import type { BrowserContext, Frame, Page, Worker } from 'playwright-core';
import {
  type ExtensionErrors,
  watchExtensionErrors,
  withExtensionErrors,
} from './extension-errors';
import { extensionWorker, launchChromium } from './launch';
import { createPopupPage, createTestPage, PAGE_VIEWPORT, POPUP_VIEWPORT } from './page-objects';
import type { FixtureServer } from './server';
import { findTabId, isExternalUrl, queryTabsInExtension } from './tabs';
import type { PageDriver, PageFunction, TestBrowser, TestPage } from './types';

type Loose = (arg: unknown) => unknown;

/** Adapts a playwright page to the page objects. */
function playwrightDriver(page: Page, watch?: PageWatch): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const driver: PageDriver = {
    ...inFrame(page.mainFrame()),
    mouseMove: (x, y) => page.mouse.move(x, y),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewportSize({ width, height }),
    async screenshot(file) {
      await page.screenshot({ path: file });
    },
    errors: () => withExtensionErrors(errors, watch?.extension.errors ?? []),
    extensionRequests: () => [...(watch?.requests ?? [])],
    throwInExtension: watch?.extension.throwInExtension,
    async frame(selector) {
      const found = await (await page.$(selector))?.contentFrame();
      return found ? { ...driver, ...inFrame(found) } : undefined;
    },
    close: () => page.close(),
  };
  return driver;
}

/** What a driver does in one frame of a playwright page (the rest is the page's). */
function inFrame(
  frame: Frame,
): Pick<PageDriver, 'url' | 'evaluate' | 'waitFor' | 'waitForSelector'> {
  return {
    url: () => frame.url(),
    evaluate<A, R>(fn: PageFunction<A, R>, arg: A) {
      // playwright's own `PageFunction` type unboxes handles; ours takes plain values.
      return frame.evaluate(fn as Loose, arg as unknown) as Promise<R>;
    },
    async waitFor(fn, arg, timeoutMs) {
      await frame.waitForFunction(fn as Loose, arg as unknown, {
        timeout: timeoutMs,
        polling: 100,
      });
    },
    async waitForSelector(selector, timeoutMs) {
      await frame.waitForSelector(selector, { timeout: timeoutMs });
    },
  };
}

/** What the DevTools protocol tells about a page beyond what playwright reports. */
interface PageWatch {
  /** Uncaught errors of the page's other worlds (the content script's). */
  extension: ExtensionErrors;
  /** Extension URLs the tab requested (the content script's imports). */
  requests: string[];
}

/**
 * Collects uncaught errors of the page's other worlds (the content script's), which playwright's
 * `pageerror` may not report (see extension-errors.ts). And the extension resources the tab
 * loads, which playwright does not report either.
 */
async function watchPage(context: BrowserContext, page: Page): Promise<PageWatch> {
  const requests: string[] = [];
  const session = await context.newCDPSession(page);
  session.on('Network.requestWillBeSent', ({ request }) => {
    if (request.url.startsWith('chrome-extension://')) requests.push(request.url);
  });
  const extension = await watchExtensionErrors(session);
  await session.send('Network.enable');
  return { extension, requests };
}

/** Launches Chromium with the chrome-mv3 build loaded, proxied to `server`, which refuses all. */
export async function launchChromiumBrowser(
  server: FixtureServer,
  extensionDir: string,
): Promise<TestBrowser> {
  // Loopback bypasses the proxy; every other host reaches the server and is refused.
  const context = await launchChromium({
    extensionDir,
    proxy: server.origin,
    viewport: PAGE_VIEWPORT,
  });
  try {
    const worker = await extensionWorker(context, extensionDir);
    await context.route(
      (url) => isExternalUrl(url.href),
      (route) => {
        const request = route.request();
        let page: string | undefined;
        try {
          page = request.frame().url();
        } catch {
          // Requests of service workers have no frame.
        }
        server.recordExternal({ url: request.url(), via: 'page', page });
        return route.abort('blockedbyclient');
      },
    );
    return chromiumBrowser(context, worker, server, extensionDir);
  } catch (error) {
    await context.close();
    throw error;
  }
}

function chromiumBrowser(
  context: BrowserContext,
  firstWorker: Worker,
  server: FixtureServer,
  extensionDir: string,
): TestBrowser {
  // Node's URL gives `null` as the origin of chrome-extension:// URLs.
  const extensionBaseUrl = `chrome-extension://${new URL(firstWorker.url()).host}/`;
  const opened = new Set<Page>();

  async function newPage(): Promise<Page> {
    const page = await context.newPage();
    opened.add(page);
    page.on('close', () => opened.delete(page));
    return page;
  }

  return {
    name: 'chromium',
    extensionBaseUrl,
    server,
    async openPage(url) {
      const page = await newPage();
      const watch = await watchPage(context, page);
      await page.goto(url);
      return createTestPage(playwrightDriver(page, watch));
    },
    async openExtensionPage(path, selector) {
      const page = await this.openPage(`${extensionBaseUrl}${path}`);
      await page.driver.waitForSelector(selector, 10_000);
      return page;
    },
    async openPopup(forTabOf: TestPage, viewport = POPUP_VIEWPORT) {
      // An idle MV3 worker may have been stopped and restarted since launch: ask for the live one.
      const worker = await extensionWorker(context, extensionDir);
      const tabId = await findTabId(
        (query) => worker.evaluate(queryTabsInExtension, query),
        forTabOf,
      );
      const page = await newPage();
      await page.setViewportSize(viewport);
      await page.goto(`${extensionBaseUrl}popup.html?tabId=${tabId}`);
      return createPopupPage(playwrightDriver(page));
    },
    async closePages() {
      await Promise.all([...opened].map((page) => page.close()));
    },
    close: () => context.close(),
  };
}
