import type { BrowserContext, Page as PlaywrightPage } from 'playwright-core';
import type { Browser, KeyInput, Page as PuppeteerPage } from 'puppeteer-core';
import { launchedChromiums, launchedFirefoxes } from './launch';
import type { TestBrowser, TestPage } from './types';

// The page objects offer no keyboard, click or media emulation, so this module finds the driver's
// own page behind a TestPage by its URL, in the browsers launch.ts launched.

/** Renderer time so far by kind, in ms (Chromium's CDP `Performance` metrics). */
export interface RendererTimes {
  script: number;
  layout: number;
  style: number;
}

/** Real input and media emulation for one page, through the browser driver itself. */
export interface RawPage {
  /** Presses a key or a chord (`Escape`, `Tab`, `Alt+Shift+B`) as the user would. */
  press(key: string): Promise<void>;
  /** Clicks at a viewport point with the real mouse. */
  click(x: number, y: number): Promise<void>;
  /** Moves the mouse to a point in `steps` moves sent at once (fast in both browsers). */
  glide(x: number, y: number, steps: number): Promise<void>;
  /** Emulates `prefers-color-scheme` (Firefox: a pref, for every tab); null restores it. */
  colorScheme(scheme: 'light' | 'dark' | null): Promise<void>;
  /** Chromium only: the renderer's script, layout and style time so far. */
  times?: () => Promise<RendererTimes>;
}

function playwrightRaw(context: BrowserContext, page: PlaywrightPage): RawPage {
  let session: Awaited<ReturnType<BrowserContext['newCDPSession']>> | undefined;
  return {
    press: (key) => page.keyboard.press(key),
    click: (x, y) => page.mouse.click(x, y),
    glide: (x, y, steps) => page.mouse.move(x, y, { steps }),
    colorScheme: (colorScheme) => page.emulateMedia({ colorScheme }),
    async times() {
      if (!session) {
        session = await context.newCDPSession(page);
        await session.send('Performance.enable');
      }
      const { metrics } = await session.send('Performance.getMetrics');
      const ms = (name: string) => (metrics.find((m) => m.name === name)?.value ?? 0) * 1000;
      return {
        script: ms('ScriptDuration'),
        layout: ms('LayoutDuration'),
        style: ms('RecalcStyleDuration'),
      };
    },
  };
}

/** WebDriver BiDi as puppeteer holds it (`Browser.connection`, not in its public types). */
type Bidi = { send(method: string, params: object): Promise<{ result: Record<string, unknown> }> };

/** Sets a Firefox pref from the browser's chrome (the harness allows system access). */
async function setFirefoxPref(browser: Browser, name: string, value: number): Promise<void> {
  const bidi = (browser as unknown as { connection: Bidi }).connection;
  const tree = await bidi.send('browsingContext.getTree', { 'moz:scope': 'chrome' });
  const [chrome] = tree.result.contexts as { context: string }[];
  if (!chrome) throw new Error('no chrome window to set a pref from');
  const expression = `Services.prefs.setIntPref(${JSON.stringify(name)}, ${value})`;
  await bidi.send('script.evaluate', { expression, target: chrome, awaitPromise: false });
}

function puppeteerRaw(browser: Browser, page: PuppeteerPage): RawPage {
  return {
    async press(chord) {
      const keys = chord.split('+').map((k) => (/^[A-Z]$/.test(k) ? `Key${k}` : k) as KeyInput);
      for (const key of keys) await page.keyboard.down(key);
      for (const key of keys.reverse()) await page.keyboard.up(key);
    },
    click: (x, y) => page.mouse.click(x, y),
    glide: (x, y, steps) => page.mouse.move(x, y, { steps }),
    async colorScheme(scheme) {
      // puppeteer emulates media features over CDP only; Firefox has a pref: 0 dark, 1 light, 2 theme.
      const value = scheme === 'dark' ? 0 : scheme === 'light' ? 1 : 2;
      await setFirefoxPref(browser, 'layout.css.prefers-color-scheme.content-override', value);
      if (!scheme) return;
      const options = { polling: 50, timeout: 3000 };
      const dark = scheme === 'dark';
      await page.waitForFunction(
        (d) => matchMedia('(prefers-color-scheme: dark)').matches === d,
        options,
        dark,
      );
    },
  };
}

/** The driver's page behind `page` (the last opened with its URL): give test pages unique URLs. */
export async function rawPage(browser: TestBrowser, page: { url(): string }): Promise<RawPage> {
  const url = page.url();
  if (browser.name === 'chromium') {
    const context = launchedChromiums().at(-1);
    const found = context?.pages().filter((p) => p.url() === url);
    const last = found?.at(-1);
    if (!context || !last) throw new Error(`No playwright page at ${url}`);
    return playwrightRaw(context, last);
  }
  const firefox = launchedFirefoxes().at(-1);
  const last = (await firefox?.pages())?.filter((p) => p.url() === url).at(-1);
  if (!firefox || !last) throw new Error(`No puppeteer page at ${url}`);
  return puppeteerRaw(firefox, last);
}

/** What the open card shows, read from its open shadow root. */
export interface CardState {
  /** The popover is in the top layer and holds the dialog. */
  open: boolean;
  name: string;
  role: string;
  quote: string;
  /** The text of each `<mark>` in the quote. */
  marks: string[];
  /** "N of M". */
  counter: string;
  dialog: { role: string | null; modal: string | null; labelledByTitle: boolean };
  rect: { left: number; top: number; right: number; bottom: number; width: number };
  fontSize: string;
  /** The host's computed `display`, and whether the card paints (`checkVisibility`). */
  hostDisplay: string;
  visible: boolean;
  /** `document.activeElement` is the host; what has focus inside ("button:Close"). */
  focus: { onHost: boolean; inside: string | null };
  viewport: { width: number; height: number };
}

/** Reads the card (runs in the page; no named inner functions: tsx would wrap them). */
const readCard = (): CardState | null => {
  const host = document.querySelector('backstory-card');
  const root = host?.shadowRoot;
  const popover = root?.querySelector<HTMLElement>('.popover');
  if (!host || !root || !popover) return null;
  const card = popover.querySelector<HTMLElement>('.card');
  const [name = '', role = '', quote = '', counter = ''] = [
    'h2',
    '.role',
    'blockquote',
    '.excerpt-nav span',
  ].map((selector) => card?.querySelector(selector)?.textContent?.trim() ?? '');
  const title = card?.querySelector('h2');
  const active = root.activeElement;
  const activeRole = active?.getAttribute('role');
  const activeName = (active?.getAttribute('aria-label') ?? active?.textContent ?? '').trim();
  return {
    open: popover.matches(':popover-open') && !!card,
    ...{ name, role, quote, counter },
    marks: [...(card?.querySelectorAll('blockquote mark') ?? [])].map((m) => m.textContent ?? ''),
    dialog: {
      role: card?.getAttribute('role') ?? null,
      modal: card?.getAttribute('aria-modal') ?? null,
      labelledByTitle: !!title && card?.getAttribute('aria-labelledby') === title.id,
    },
    rect: (card ?? popover).getBoundingClientRect().toJSON(),
    fontSize: card ? getComputedStyle(card).fontSize : '',
    hostDisplay: getComputedStyle(host).display,
    visible: !!card?.checkVisibility(),
    focus: {
      onHost: document.activeElement === host,
      inside: active
        ? `${active.localName}${activeRole ? `[role=${activeRole}]` : ''}:${activeName}`
        : null,
    },
    viewport: { width: innerWidth, height: innerHeight },
  };
};

/** The card's state now (null when no card was ever created on the page). */
export function cardState(page: TestPage): Promise<CardState | null> {
  return page.evaluate(readCard, undefined);
}

/** Waits for the card to be open (on `name`, if given) and returns its state. */
export async function waitForCard(page: TestPage, name = '', timeoutMs = 3000) {
  const isOpen = (want: string) => {
    const popover = document.querySelector('backstory-card')?.shadowRoot?.querySelector('.popover');
    const title = popover?.querySelector('.card h2')?.textContent;
    return !!popover?.matches(':popover-open') && !!title && (!want || title === want);
  };
  await page.waitFor(isOpen, name, timeoutMs).catch(async () => {
    throw new Error(`No card ${name}: ${JSON.stringify(await cardState(page))}`);
  });
  return (await cardState(page)) as CardState;
}

/** Waits until no card is open. */
export function waitForCardClosed(page: TestPage, timeoutMs = 3000): Promise<void> {
  const isClosed = () =>
    !document
      .querySelector('backstory-card')
      ?.shadowRoot?.querySelector('.popover:popover-open .card');
  return page.waitFor(isClosed, undefined, timeoutMs);
}

/** The centre of a button or link in the card, by its aria-label or text. */
export async function cardControl(page: TestPage, label: string) {
  const point = await page.evaluate((want) => {
    const root = document.querySelector('backstory-card')?.shadowRoot;
    const found = [...(root?.querySelectorAll('button, a') ?? [])].find(
      (c) => (c.getAttribute('aria-label') ?? c.textContent?.trim()) === want,
    );
    const r = found?.getBoundingClientRect();
    return r ? { x: r.x + r.width / 2, y: r.y + r.height / 2 } : null;
  }, label);
  if (!point) throw new Error(`No "${label}" in the card`);
  return point;
}

/** The centre of the first line of the first person highlight reading `text`. */
export async function mentionPoint(page: TestPage, text: string) {
  const ranges = await page.highlightRanges('backstory-person');
  const rect = ranges.find((r) => r.text === text)?.rects[0];
  if (!rect) throw new Error(`No highlighted "${text}" in ${ranges.map((r) => r.text)}`);
  return { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
}
