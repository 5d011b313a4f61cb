import { browser } from '#imports';
import type { Message, PageSummary } from '../../lib/messages';
import {
  type FrameSummaries,
  framesHolding,
  nextStep,
  type StepCursor,
  tabSummary,
} from '../../lib/tab-summaries';

/** A tab as the popup sees it: the whole tab's summary, and each frame's (for reveals). */
export interface TabView {
  summary: PageSummary;
  /** Every frame that counted something, the top frame's summary as it just answered. */
  frames: FrameSummaries;
}

/**
 * The whole tab: the top frame answers for itself (its state, hostname and counts, once its scan
 * has settled); the background holds what the other frames reported. Rejects while the top frame
 * has no content script (a page still loading, or one extensions cannot enter).
 */
export async function readTab(tabId: number): Promise<TabView | undefined> {
  const ask: Message = { type: 'getPageSummary', data: undefined };
  const [top, frames] = await Promise.all([
    browser.tabs.sendMessage(tabId, ask, { frameId: 0 }) as Promise<PageSummary | undefined>,
    (
      browser.runtime.sendMessage({
        type: 'getTabFrames',
        data: { tabId },
      } satisfies Message) as Promise<FrameSummaries | undefined>
    ).catch(() => undefined),
  ]);
  if (!top) return undefined;
  const all = { ...frames, 0: top };
  return { summary: tabSummary(top, frames ?? {}), frames: all };
}

/**
 * Reveals mentions of an entity in whichever frame holds them: each choice of the same entity
 * goes on to the next mention, through one frame's and then into the next frame's, from its
 * first, wrapping around. A frame left behind closes its card: one card in a tab at a time.
 */
export function createRevealer(
  tabId: number,
  send: (message: Message, frameId: number) => void = (message, frameId) => {
    browser.tabs.sendMessage(tabId, message, { frameId }).catch(() => {});
  },
) {
  let last: { entityId: string; cursor: StepCursor } | undefined;
  return (entityId: string, frames: FrameSummaries) => {
    const from = last?.entityId === entityId ? last.cursor : undefined;
    const step = nextStep(framesHolding(frames, entityId), from, 1);
    if (!step) return;
    const left = last?.cursor.frameId;
    if (left !== undefined && left !== step.cursor.frameId) {
      send({ type: 'closeCard', data: undefined }, left);
    }
    last = { entityId, cursor: step.cursor };
    send({ type: 'revealEntity', data: { entityId, restart: step.restart } }, step.cursor.frameId);
  };
}
