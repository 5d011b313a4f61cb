import type { HighlightRange, PageDriver, PopupPage, TestPage } from './types';

/** Viewport of ordinary pages, the same in both browsers so screenshots compare. */
export const PAGE_VIEWPORT = { width: 1024, height: 768 };
/** Viewport of the popup opened as a tab: narrow, as in the toolbar (Chrome allows up to 800×600). */
export const POPUP_VIEWPORT = { width: 360, height: 600 };
/** How long the content script gets to register its first highlights. */
export const HIGHLIGHT_TIMEOUT_MS = 10_000;

/** Reads every range of a highlight, in document order (runs in the page; across trees by position). */
const readHighlight = (name: string): HighlightRange[] => {
  const highlight = CSS.highlights.get(name);
  if (!highlight) return [];
  const live = [...highlight].map((r) => {
    const range = document.createRange();
    range.setStart(r.startContainer, r.startOffset);
    range.setEnd(r.endContainer, r.endOffset);
    return range;
  });
  // Ranges in different trees (the document, shadow roots) cannot be compared: by position then.
  live.sort((a, b) => {
    try {
      return a.compareBoundaryPoints(Range.START_TO_START, b);
    } catch {
      const [p, q] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      return p.top - q.top || p.left - q.left;
    }
  });
  return live.map((range) => ({
    text: range.toString(),
    rects: [...range.getClientRects()].map((c) => ({
      x: c.x,
      y: c.y,
      width: c.width,
      height: c.height,
    })),
  }));
};

/** Wraps a driver's page as a {@link TestPage}. */
export function createTestPage(driver: PageDriver): TestPage {
  const page: TestPage = {
    driver,
    url: () => driver.url(),
    async waitForHighlights(name = 'backstory-person', options = {}) {
      const min = options.min ?? 1;
      const timeoutMs = options.timeoutMs ?? HIGHLIGHT_TIMEOUT_MS;
      try {
        await driver.waitFor(
          ([n, m]) => (CSS.highlights.get(n)?.size ?? 0) >= m,
          [name, min] as const,
          timeoutMs,
        );
      } catch (error) {
        const found = await driver
          .evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name)
          .catch(() => 'unknown');
        throw new Error(
          `No ${min}+ "${name}" highlights after ${timeoutMs} ms on ${driver.url()} (found ${found}): ` +
            `did the extension load and its content script run? (${String(error).split('\n')[0]})`,
        );
      }
    },
    async highlightTexts(name = 'backstory-person') {
      return (await page.highlightRanges(name)).map((r) => r.text);
    },
    async rangeRects(name = 'backstory-person') {
      return (await page.highlightRanges(name)).map((r) => r.rects);
    },
    highlightRanges: (name = 'backstory-person') => driver.evaluate(readHighlight, name),
    async hover(x, y) {
      // A background tab gets no animation frames, and the hover tracker waits for one.
      await driver.bringToFront();
      await driver.mouseMove(x, y);
    },
    evaluate: (fn, arg) => driver.evaluate(fn, arg),
    waitFor: (fn, arg, timeoutMs = 5000) => driver.waitFor(fn, arg, timeoutMs),
    screenshot: (file) => driver.screenshot(file),
    pageErrors: () => driver.errors(),
    close: () => driver.close(),
  };
  return page;
}

/** Waits for the popup to leave its loading state, then wraps it as a {@link PopupPage}. */
export async function createPopupPage(driver: PageDriver): Promise<PopupPage> {
  try {
    await driver.waitFor(
      () => {
        const status = document.querySelector('[role="status"]');
        return !!status && !status.textContent?.startsWith('Reading');
      },
      undefined,
      HIGHLIGHT_TIMEOUT_MS,
    );
  } catch (error) {
    throw new Error(`The popup at ${driver.url()} never showed a result: ${String(error)}`);
  }
  const text = () =>
    driver.evaluate(
      // biome-ignore lint/performance/useDomNodeTextContent: the text as shown, with its line breaks
      () => (document.querySelector('main') ?? document.body).innerText,
      undefined,
    );
  return {
    driver,
    text,
    async totalMentions() {
      const shown = await text();
      const count = /(\d+) mentions? on this page/.exec(shown);
      if (count) return Number(count[1]);
      if (/No names from your articles/.test(shown)) return 0;
      throw new Error(`The popup shows no mention count: ${JSON.stringify(shown)}`);
    },
    listItems: () =>
      driver.evaluate(
        () => [...document.querySelectorAll('main li')].map((li) => li.textContent ?? ''),
        undefined,
      ),
    screenshot: (file) => driver.screenshot(file),
    close: () => driver.close(),
  };
}
