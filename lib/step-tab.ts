import type { Message } from './messages';
import type { TabFramesStore } from './tab-frames-store';
import { framesHolding, nextStep } from './tab-summaries';

/**
 * The keyboard command over a whole tab: through the mentions of one frame, then on into the next
 * frame that holds any (the top frame first, then by frame id), wrapping around. The frame whose
 * turn it is gets `stepMention` (with `restart` when it is entered from another frame, whose card
 * is closed: one card in a tab at a time); with no frame counted yet, the top frame steps as it can.
 */
export async function stepTab(
  tabs: TabFramesStore,
  tabId: number,
  direction: 1 | -1,
  send: (frameId: number, message: Message) => void,
): Promise<void> {
  const record = await tabs.get(tabId);
  const step = nextStep(framesHolding(record.frames), record.cursor, direction);
  if (step) await tabs.setCursor(tabId, step.cursor);
  const left = record.cursor?.frameId;
  if (step && left !== undefined && left !== step.cursor.frameId) {
    send(left, { type: 'closeCard', data: undefined });
  }
  send(step?.cursor.frameId ?? 0, {
    type: 'stepMention',
    data: { direction, restart: step?.restart ?? false },
  });
}
