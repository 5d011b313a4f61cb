/**
 * The extensions the rows compare, each in its own Chromium, opened when a row first needs it:
 * runs on one page alternate between them, and every run is kept for the rows that read it
 * again (the page-cost and longest-run rows read the same runs).
 */
import { type ExtensionBrowser, type ExtensionRun, openExtension } from './extension';

/** The extensions of a bench run. */
export type ExtensionId = 'floor' | 'shipped' | 'library';

/** How to open one of them. */
export interface LabExtension {
  /** Its name in the tables and notes. */
  name: string;
  dir: string;
  awaitHighlights: boolean;
  /** Runs once the browser is up, before any measurement (the library row's storage). */
  prepare?: (browser: ExtensionBrowser) => Promise<void>;
}

/** Runs of each extension on one page. */
export type Runs = Record<ExtensionId, ExtensionRun[]>;

/** The browsers of the extensions and the runs made so far. */
export interface Lab {
  /** The browser of `id`, opened (and prepared) on first use. */
  browser(id: ExtensionId): Promise<ExtensionBrowser>;
  /**
   * At least `count` runs of each of `ids` on `url`, taking turns (the order flips every round,
   * so a machine getting busier moves every side alike); runs made before are reused.
   */
  runs(url: string, ids: readonly ExtensionId[], count: number): Promise<Runs>;
  /** The text of `url` as the corpus README's walk counts it, in KB (1 KB = 1024 characters). */
  textKB(url: string): Promise<number>;
  close(): Promise<void>;
}

const LABEL_REJECT = 'script, style, noscript, template, textarea, title, head';

/** A lab of the extensions in `extensions`. */
export function createLab(extensions: Record<ExtensionId, LabExtension>): Lab {
  const browsers = new Map<ExtensionId, Promise<ExtensionBrowser>>();
  const made = new Map<string, ExtensionRun[]>();
  const warmed = new Set<ExtensionId>();

  const browser = (id: ExtensionId) => {
    let opened = browsers.get(id);
    if (!opened) {
      const { name, dir, awaitHighlights, prepare } = extensions[id];
      opened = openExtension({ name, dir, awaitHighlights }).then(async (b) => {
        await prepare?.(b);
        return b;
      });
      browsers.set(id, opened);
    }
    return opened;
  };

  async function runOnce(id: ExtensionId, url: string): Promise<ExtensionRun> {
    const b = await browser(id);
    // The first load of a browser pays the browser's own first-page costs: not counted.
    if (!warmed.has(id)) {
      warmed.add(id);
      await b.load(url);
    }
    try {
      return await b.load(url);
    } catch (error) {
      // A tab that timed out, or whose content script came after the quiet time on a busy
      // machine: one more try before the run fails.
      console.log(`${b.spec.name} on ${url}: ${(error as Error).message.split('\n')[0]}; again`);
      return b.load(url);
    }
  }

  return {
    browser,
    async runs(url, ids, count) {
      const result = {} as Runs;
      for (const id of ids) {
        const key = `${id} ${url}`;
        if (!made.has(key)) made.set(key, []);
        result[id] = made.get(key) as ExtensionRun[];
      }
      for (let round = 0; ids.some((id) => result[id].length < count); round++) {
        const order = round % 2 ? [...ids].reverse() : ids;
        for (const id of order) {
          if (result[id].length < count) result[id].push(await runOnce(id, url));
        }
      }
      for (const id of ids) result[id] = result[id].slice(0, count);
      return result;
    },
    async textKB(url) {
      const page = await (await browser('floor')).context.newPage();
      try {
        await page.goto(url, { waitUntil: 'load', timeout: 60_000 });
        // No callbacks in evaluated code: tsx would wrap named functions in a helper the page lacks.
        const chars = await page.evaluate((reject) => {
          const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
          let length = 0;
          for (let node = walker.nextNode(); node; node = walker.nextNode()) {
            if (!node.parentElement?.closest(reject)) length += (node as Text).data.length;
          }
          return length;
        }, LABEL_REJECT);
        return chars / 1024;
      } finally {
        await page.close();
      }
    },
    async close() {
      for (const opened of browsers.values()) await (await opened).close();
    },
  };
}
