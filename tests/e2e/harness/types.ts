import type { FixtureServer } from './server';

/** The browsers every scenario runs in. */
export type BrowserKind = 'chromium' | 'firefox';

/** A name in `CSS.highlights` the content script registers: one per kind, plus hover and others. */
export type HighlightName =
  | 'backstory-person'
  | 'backstory-place'
  | 'backstory-organization'
  | 'backstory-hover'
  | `backstory-${string}`;

/** A function run in the page; it must not close over Node values (pass them as `arg`). */
export type PageFunction<A, R> = (arg: A) => R | Promise<R>;

/** The few things a browser driver (playwright or puppeteer) must do for the page objects. */
export interface PageDriver {
  url(): string;
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Resolves once `fn` returns true, polling; rejects after `timeoutMs`. */
  waitFor<A>(fn: PageFunction<A, boolean>, arg: A, timeoutMs: number): Promise<void>;
  /** Resolves once an element matches `selector`; rejects after `timeoutMs`. */
  waitForSelector(selector: string, timeoutMs: number): Promise<void>;
  mouseMove(x: number, y: number): Promise<void>;
  bringToFront(): Promise<void>;
  setViewport(width: number, height: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Uncaught errors and unhandled rejections the browser reported for this page. */
  errors(): string[];
  /** Extension URLs the page's tab requested (the content script's imports), in order. */
  extensionRequests(): string[];
  /**
   * Throws `message` in each world of the extension's content script (Chromium, through CDP);
   * resolves to how many. Missing where no driver can reach that world (Firefox).
   */
  throwInExtension?(message: string): Promise<number>;
  /**
   * The frame shown by the `<iframe>` that `selector` finds in this document, as a driver that
   * evaluates in it (the mouse, errors and the rest stay the page's); undefined while none.
   */
  frame?(selector: string): Promise<PageDriver | undefined>;
  close(): Promise<void>;
}

/** The text and viewport rectangles of one highlighted range. */
export interface HighlightRange {
  text: string;
  rects: { x: number; y: number; width: number; height: number }[];
}

/** An ordinary web page with the extension running in it. */
export interface TestPage {
  url(): string;
  /** Waits until `name` has at least `min` ranges (default 1); throws a clear error on timeout. */
  waitForHighlights(
    name?: HighlightName,
    options?: { min?: number; timeoutMs?: number },
  ): Promise<void>;
  /** The text of each range in `CSS.highlights.get(name)`, in document order. */
  highlightTexts(name?: HighlightName): Promise<string[]>;
  /** The client rects of each range of `name`, in the same order as `highlightTexts`. */
  rangeRects(name?: HighlightName): Promise<HighlightRange['rects'][]>;
  /** Text and rects of each range of `name`, in document order. */
  highlightRanges(name?: HighlightName): Promise<HighlightRange[]>;
  /** Moves the real mouse pointer to a viewport point (bringing the page to the front first). */
  hover(x: number, y: number): Promise<void>;
  /** Runs `fn` in the page's main world. */
  evaluate<A, R>(fn: PageFunction<A, R>, arg: A): Promise<R>;
  /** Waits until `fn` returns true in the page. */
  waitFor<A>(fn: PageFunction<A, boolean>, arg: A, timeoutMs?: number): Promise<void>;
  screenshot(file: string): Promise<void>;
  /** Uncaught errors and unhandled rejections reported for the page (content scripts included). */
  pageErrors(): string[];
  close(): Promise<void>;
  /** The underlying driver, for what the page object does not cover. */
  driver: PageDriver;
}

/** The toolbar popup, opened as a tab about another tab (`popup.html?tabId=N`). */
export interface PopupPage {
  /** The visible text of the popup once it has left its loading state. */
  text(): Promise<string>;
  /** The total from "N mentions on this page" (0 for "No names…"); throws on any other state. */
  totalMentions(): Promise<number>;
  /** The entries of the names list, as shown ("John Kerry ×2 (2 mentions)"). */
  listItems(): Promise<string[]>;
  screenshot(file: string): Promise<void>;
  close(): Promise<void>;
  driver: PageDriver;
}

/** One launched browser with the built extension installed. */
export interface TestBrowser {
  name: BrowserKind;
  /** `chrome-extension://<id>/` or `moz-extension://<uuid>/`. */
  extensionBaseUrl: string;
  /** The fixture server this browser is configured against (and proxied to). */
  server: FixtureServer;
  /** Opens `url` in a new tab and waits for it to load. */
  openPage(url: string): Promise<TestPage>;
  /** Opens one of the extension's pages (`article.html#s-3`) in a new tab, once `selector` is in it. */
  openExtensionPage(path: string, selector: string): Promise<TestPage>;
  /** Opens `popup.html?tabId=<the tab of page>` in a new tab with a popup-sized viewport. */
  openPopup(forTabOf: TestPage, viewport?: { width: number; height: number }): Promise<PopupPage>;
  /** Closes every page opened since launch (the runner does it after each scenario). */
  closePages(): Promise<void>;
  close(): Promise<void>;
}
