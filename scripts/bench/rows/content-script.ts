/**
 * What every page loads of ours before anyone reaches for a card: the content scripts the
 * manifest declares (on disk) and the extension scripts a tab parses before its first hover; and
 * what it parses after that hover (the card module).
 */
import { atMost, CONTENT_SCRIPT_KB } from '../budgets';
import { isExtensionUrl } from '../extension';
import { kb, table } from '../format';
import { cardPainted, restOn, visibleName, watchCard } from '../hover';
import { defineRow } from '../row';
import { scriptFiles } from '../shipped-build';

/** The page hovered. */
const PAGE = '/names';

/** A script the tab parsed: its path in the extension and its length in characters. */
interface Parsed {
  file: string;
  chars: number;
}

/** The build's script files and what one tab parsed before and after its first hover. */
export interface ContentScript {
  declared: { file: string; bytes: number }[];
  /** The build's web-accessible scripts (the card module). */
  others: { file: string; bytes: number }[];
  beforeHover: Parsed[];
  afterHover: Parsed[];
  /** Whether a card was painted after the hover. */
  card: boolean;
}

const sumKB = (list: readonly { bytes?: number; chars?: number }[]) =>
  list.reduce((sum, x) => sum + (x.bytes ?? x.chars ?? 0), 0) / 1024;
const pathOf = (url: string) => new URL(url).pathname.slice(1);

export default defineRow<ContentScript>({
  id: 'content-script',
  title: 'Content script: what a page loads before its first hover',
  async measure(context) {
    const files = scriptFiles(context.shippedDir);
    const { context: browser } = await context.lab.browser('shipped');
    const page = await browser.newPage();
    try {
      const cdp = await browser.newCDPSession(page);
      const parsed: Parsed[] = [];
      cdp.on('Debugger.scriptParsed', ({ url, length, endLine, endColumn }) => {
        if (isExtensionUrl(url)) {
          parsed.push({ file: pathOf(url), chars: length ?? endLine * 100 + endColumn });
        }
      });
      await page.goto(`${context.server.origin}${PAGE}`, { waitUntil: 'load' });
      await page.waitForFunction(() => CSS.highlights.has('backstory-person'), undefined, {
        timeout: 10_000,
      });
      await page.waitForTimeout(300);
      // Reports every script parsed so far, then each new one.
      await cdp.send('Debugger.enable');
      const beforeHover = [...parsed];
      const name = await visibleName(page, 0);
      if (!name) throw new Error('content script: no name in view');
      await watchCard(page);
      await restOn(cdp, name);
      const card = (await cardPainted(page, 5_000)) !== null;
      await page.waitForTimeout(200);
      await cdp.send('Debugger.disable');
      return { ...files, beforeHover, afterHover: parsed.slice(beforeHover.length), card };
    } finally {
      await page.close();
    }
  },
  table: (r) =>
    table(
      [
        ...r.declared.map((f) => ({
          what: `declared content script ${f.file}`,
          kb: f.bytes / 1024,
        })),
        ...r.others.map((f) => ({ what: `other script ${f.file} (on disk)`, kb: f.bytes / 1024 })),
        ...r.beforeHover.map((s) => ({
          what: `parsed before the first hover: ${s.file}`,
          kb: s.chars / 1024,
        })),
        ...r.afterHover.map((s) => ({ what: `parsed after it: ${s.file}`, kb: s.chars / 1024 })),
        { what: `a card after the hover`, kb: r.card ? 1 : 0 },
      ],
      [
        ['script', (x) => x.what],
        ['KB', (x) => (x.what.startsWith('a card') ? (x.kb ? 'yes' : 'no') : kb(x.kb))],
      ],
    ),
  budgets: (r) => [
    atMost(
      'content scripts on disk (manifest)',
      sumKB(r.declared),
      CONTENT_SCRIPT_KB,
      'KB',
      r.declared.map((f) => f.file).join(', '),
    ),
    atMost(
      'extension scripts parsed before the first hover',
      sumKB(r.beforeHover),
      CONTENT_SCRIPT_KB,
      'KB',
      `${r.beforeHover.length} scripts; after the hover ${r.afterHover.length}`,
    ),
  ],
  method: `*On disk*: the sizes of the content scripts the built manifest declares (minified, as
shipped; 1 KB = 1024 bytes), and of the web-accessible scripts (the card module, loaded on
demand). *Parsed*: one fresh tab of the shipped build on the generated news page; once its
highlights are in, \`Debugger.enable\` reports every script parsed so far and then each new one;
the extension's (\`chrome-extension://\` URLs, lengths in characters) are listed before and after
the pointer comes to rest on a name (as in the first-card row). Anything but the content script
parsed after the hover is what the card loaded on demand.`,
});
