import type { Browser, Frame, Page } from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, launchFirefox } from './launch';
import { createPopupPage, createTestPage, PAGE_VIEWPORT, POPUP_VIEWPORT } from './page-objects';
import type { FixtureServer } from './server';
import { findTabId, isExternalUrl, queryTabsInExtension } from './tabs';
import type { PageDriver, PageFunction, TestBrowser, TestPage } from './types';

const START_TIMEOUT_MS = 15_000;

type Loose = (arg: unknown) => unknown;

/** Adapts a puppeteer page; `knownUrl` stands in for extension pages, whose loads never resolve. */
function puppeteerDriver(page: Page, knownUrl?: string, requests: string[] = []): PageDriver {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  const driver: PageDriver = {
    ...inFrame(page.mainFrame()),
    url: () => knownUrl ?? page.url(),
    mouseMove: (x, y) => page.mouse.move(x, y),
    bringToFront: () => page.bringToFront(),
    setViewport: (width, height) => page.setViewport({ width, height }),
    async screenshot(file) {
      await page.screenshot({ path: file as `${string}.png` });
    },
    errors: () => [...errors],
    extensionRequests: () => [...requests],
    async frame(selector) {
      const found = await (await page.$(selector))?.contentFrame();
      return found ? { ...driver, ...inFrame(found) } : undefined;
    },
    close: () => page.close(),
  };
  return driver;
}

/** What a driver does in one frame of a puppeteer page (the rest is the page's). */
function inFrame(
  frame: Frame,
): Pick<PageDriver, 'url' | 'evaluate' | 'waitFor' | 'waitForSelector'> {
  return {
    url: () => frame.url(),
    evaluate<A, R>(fn: PageFunction<A, R>, arg: A) {
      // puppeteer's own function type flattens handles; ours takes plain values.
      return frame.evaluate(fn as Loose, arg) as Promise<R>;
    },
    async waitFor(fn, arg, timeoutMs) {
      await frame.waitForFunction(fn as Loose, { timeout: timeoutMs, polling: 100 }, arg);
    },
    async waitForSelector(selector, timeoutMs) {
      await frame.waitForSelector(selector, { timeout: timeoutMs });
    },
  };
}

/**
 * Opens an extension page: `goto` on moz-extension:// never resolves, so wait for `selector`.
 * Tries again when the first load goes astray (seen once in a busy run, cause unknown).
 */
async function openExtensionPage(page: Page, url: string, selector: string): Promise<void> {
  // Now and then (more often on a busy machine) Firefox leaves a new tab's navigation to a
  // moz-extension: page pending, or its module script unrun, until the tab is brought to the
  // front; each attempt does that and navigates again.
  let lastError: unknown;
  for (let attempt = 0; attempt < 4; attempt++) {
    await page.bringToFront().catch(() => {});
    page.goto(url).catch(() => {});
    try {
      await page.waitForSelector(selector, { timeout: START_TIMEOUT_MS / 2 });
      return;
    } catch (error) {
      lastError = error;
    }
  }
  throw lastError;
}

/** Launches Firefox with a firefox-mv2 or -mv3 build installed, proxied to `server`. */
export async function launchFirefoxBrowser(
  server: FixtureServer,
  extensionDir: string,
): Promise<TestBrowser> {
  // Every host but loopback goes through the fixture server, which records and refuses it.
  const browser = await launchFirefox({
    extensionDir,
    proxy: server.origin,
    viewport: PAGE_VIEWPORT,
  });
  try {
    const extensionBaseUrl = `moz-extension://${FIREFOX_EXTENSION_UUID}/`;
    // A page of the extension's own, kept open to ask `tabs.query` for tab ids.
    const helper = await browser.newPage();
    await openExtensionPage(helper, `${extensionBaseUrl}popup.html`, 'main').catch((error) => {
      throw new Error(`Backstory's pages do not open in Firefox at ${extensionBaseUrl}: ${error}`);
    });
    return firefoxBrowser(browser, helper, server, extensionBaseUrl);
  } catch (error) {
    await browser.close();
    throw error;
  }
}

function firefoxBrowser(
  browser: Browser,
  helper: Page,
  server: FixtureServer,
  extensionBaseUrl: string,
): TestBrowser {
  const opened = new Set<Page>();

  async function newPage(): Promise<Page> {
    const page = await browser.newPage();
    opened.add(page);
    page.on('close', () => opened.delete(page));
    page.on('request', (request) => {
      if (isExternalUrl(request.url())) {
        server.recordExternal({ url: request.url(), via: 'page', page: page.url() });
      }
    });
    return page;
  }

  return {
    name: 'firefox',
    extensionBaseUrl,
    server,
    async openPage(url) {
      const page = await newPage();
      // The extension resources the tab loads (the content script's imports).
      const requests: string[] = [];
      page.on('request', (request) => {
        if (request.url().startsWith('moz-extension://')) requests.push(request.url());
      });
      await page.goto(url);
      return createTestPage(puppeteerDriver(page, undefined, requests));
    },
    async openExtensionPage(path, selector) {
      const page = await newPage();
      const url = `${extensionBaseUrl}${path}`;
      await openExtensionPage(page, url, selector);
      return createTestPage(puppeteerDriver(page, url));
    },
    async openPopup(forTabOf: TestPage, viewport = POPUP_VIEWPORT) {
      const tabId = await findTabId(
        (query) => helper.evaluate(queryTabsInExtension, query),
        forTabOf,
      );
      const page = await newPage();
      await page.setViewport(viewport);
      const url = `${extensionBaseUrl}popup.html?tabId=${tabId}`;
      await openExtensionPage(page, url, 'main [role="status"]');
      return createPopupPage(puppeteerDriver(page, url));
    },
    async closePages() {
      await Promise.all([...opened].map((page) => page.close()));
    },
    close: () => browser.close(),
  };
}
