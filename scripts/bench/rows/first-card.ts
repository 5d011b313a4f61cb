/**
 * The first card after the dwell, its module loaded on demand, and later cards' script time: the
 * real pointer brought to rest on a highlighted name in a fresh tab of the shipped build.
 */
import { DEFAULT_SETTINGS } from '../../../lib/settings';
import { atMost, FIRST_CARD_MS, LATER_CARD_MS } from '../budgets';
import { isExtensionUrl } from '../extension';
import { ms, table } from '../format';
import { cardPainted, moveAway, restOn, visibleName, watchCard } from '../hover';
import { sampledMsWhere } from '../profile-samples';
import { defineRow } from '../row';
import { median } from '../stats';

/** The page hovered: generated news with a name in every fifth paragraph. */
const PAGE = '/names';
/** How long the card may take before a run counts it missing. */
const CARD_TIMEOUT_MS = 5_000;
/** After the pointer leaves: the card's grace (300 ms) and some. */
const CLOSE_WAIT_MS = 800;

/** One tab's cards. */
interface CardRun {
  /** From the end of the dwell to the first card painted (NaN: no card). */
  firstMs: number;
  /** From the end of the dwell to the card's host or content appearing. */
  firstInsertedMs: number;
  /** The same for a second name, once the first card closed. */
  laterMs: number;
  /** Samples with the extension's frames from the second hover to its card painted. */
  laterScriptMs: number;
}

/** Medians over the tabs. */
export interface FirstCard {
  dwellMs: number;
  firstMs: number;
  firstInsertedMs: number;
  laterMs: number;
  laterScriptMs: number;
  runs: number;
  missing: number;
}

export default defineRow<FirstCard>({
  id: 'first-card',
  title: 'First card after the dwell, and later cards',
  async measure(context) {
    const dwellMs = DEFAULT_SETTINGS.hoverDelayMs;
    const { context: browser } = await context.lab.browser('shipped');
    const url = `${context.server.origin}${PAGE}`;
    const runs: CardRun[] = [];
    for (let i = 0; i < context.runs; i++) {
      const page = await browser.newPage();
      try {
        const cdp = await browser.newCDPSession(page);
        await page.goto(url, { waitUntil: 'load' });
        await page.waitForFunction(() => CSS.highlights.has('backstory-person'), undefined, {
          timeout: 10_000,
        });
        await page.waitForTimeout(300);
        const first = await visibleName(page, 0);
        const second = await visibleName(page, 1);
        if (!first || !second)
          throw new Error(`first card: fewer than two names in view on ${url}`);
        await watchCard(page);
        await restOn(cdp, first);
        const one = await cardPainted(page, CARD_TIMEOUT_MS);
        await moveAway(cdp);
        await page.waitForTimeout(CLOSE_WAIT_MS);
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
        await watchCard(page);
        await cdp.send('Profiler.start');
        await restOn(cdp, second);
        const two = await cardPainted(page, CARD_TIMEOUT_MS);
        const { profile } = await cdp.send('Profiler.stop');
        runs.push({
          firstMs: one ? one.painted - one.rest - dwellMs : Number.NaN,
          firstInsertedMs: one ? one.changed - one.rest - dwellMs : Number.NaN,
          laterMs: two ? two.painted - two.rest - dwellMs : Number.NaN,
          laterScriptMs: sampledMsWhere(profile, isExtensionUrl),
        });
      } finally {
        await page.close();
      }
    }
    const found = runs.filter((r) => !Number.isNaN(r.firstMs));
    const pick = (key: keyof CardRun) => median(found.map((r) => r[key]));
    return {
      dwellMs,
      firstMs: pick('firstMs'),
      firstInsertedMs: pick('firstInsertedMs'),
      laterMs: pick('laterMs'),
      laterScriptMs: pick('laterScriptMs'),
      runs: runs.length,
      missing: runs.length - found.length,
    };
  },
  table: (r) =>
    table(
      [r],
      [
        ['dwell ms', (x) => String(x.dwellMs)],
        ['first card: host in ms', (x) => ms(x.firstInsertedMs)],
        ['first card: painted ms', (x) => ms(x.firstMs)],
        ['later card: painted ms', (x) => ms(x.laterMs)],
        ['later card: script ms', (x) => ms(x.laterScriptMs)],
        ['tabs (no card)', (x) => `${x.runs} (${x.missing})`],
      ],
    ),
  budgets: (r) => [
    atMost(
      'first card, painted after the dwell',
      r.missing ? Number.POSITIVE_INFINITY : r.firstMs,
      FIRST_CARD_MS,
      'ms',
      r.missing ? `no card in ${r.missing} of ${r.runs} tabs` : '',
    ),
    atMost('later card, script', r.laterScriptMs, LATER_CARD_MS, 'ms'),
  ],
  method: `The shipped build on the generated news page (${PAGE}), ${'`--runs`'} fresh tabs. Once the
highlights are in, the pointer is moved with CDP \`Input.dispatchMouseEvent\` from 30 and 12 px before
a name in view onto its centre (60 ms apart, well under the passing speed), and the page's main world
notes the time of that last \`mousemove\` (the rest), when \`<backstory-card>\` is added to \`<html>\`
(or, for a later card, when its shadow root first changes) and when a task posted from the next
\`requestAnimationFrame\` runs (the frame after it, painted). *painted* = painted − rest − the dwell
(the default hover delay). Then the pointer leaves, the card closes, and the pointer comes to rest on
another name: *later card: script* is the CPU-profile samples (100 µs, wall) with the extension's
frames from that move to the card painted (the dwell's timer, hit-testing, rendering). Medians over
the tabs.`,
});
