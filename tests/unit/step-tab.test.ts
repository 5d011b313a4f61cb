import { describe, expect, it } from 'vitest';
import type { Message, PageSummary } from '../../lib/messages';
import { stepTab } from '../../lib/step-tab';
import { createTabFramesStore } from '../../lib/tab-frames-store';

const summary = (total: number): PageSummary => ({
  state: 'active',
  hostname: 'a.test',
  total,
  entities: [{ entityId: 'kerry', kind: 'person', count: total }],
});

describe('stepTab', () => {
  async function steps(directions: (1 | -1)[], frames: Record<number, number>) {
    const tabs = createTabFramesStore(undefined);
    for (const [frameId, total] of Object.entries(frames)) {
      await tabs.report(1, Number(frameId), summary(total));
    }
    const sent: string[] = [];
    for (const direction of directions) {
      await stepTab(tabs, 1, direction, (frameId, message: Message) => {
        if (message.type === 'closeCard') return sent.push(`${frameId} close`);
        if (message.type !== 'stepMention') throw new Error(message.type);
        const { restart } = message.data;
        sent.push(`${frameId} ${message.data.direction}${restart ? ' restart' : ''}`);
      });
    }
    return sent;
  }

  it('sends each step to the frame whose turn it is, restarting as it enters one', async () => {
    expect(await steps([1, 1, 1, 1], { 0: 1, 12: 2 })).toEqual([
      '0 1 restart',
      // The frame left behind closes its card: one card in a tab at a time.
      '0 close',
      '12 1 restart',
      '12 1',
      '12 close',
      '0 1 restart',
    ]);
  });

  it('goes back the same way', async () => {
    expect(await steps([1, 1, -1, -1], { 0: 1, 12: 2 })).toEqual([
      '0 1 restart',
      '0 close',
      '12 1 restart',
      '12 close',
      '0 -1 restart',
      '0 close',
      '12 -1 restart',
    ]);
  });

  it('leaves the top frame to step as it can when nothing is counted yet', async () => {
    expect(await steps([1], {})).toEqual(['0 1']);
  });
});
