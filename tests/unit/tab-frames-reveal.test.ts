import { describe, expect, it, vi } from 'vitest';

vi.mock('#imports', () => ({ browser: {} }));

import { createRevealer } from '../../entrypoints/popup/tab-frames';
import type { Message, PageSummary } from '../../lib/messages';
import type { FrameSummaries } from '../../lib/tab-summaries';

const holding = (count: number): PageSummary => ({
  state: 'active',
  hostname: 'a.test',
  total: count,
  entities: [{ entityId: 'kerry', kind: 'person', count }],
});

describe('createRevealer', () => {
  it('reveals through one frame, then from the first of the next, closing the card left behind', () => {
    const sent: string[] = [];
    const reveal = createRevealer(1, (message: Message, frameId) => {
      if (message.type === 'revealEntity') {
        sent.push(`${frameId} reveal${message.data.restart ? ' restart' : ''}`);
      } else {
        sent.push(`${frameId} ${message.type}`);
      }
    });
    const frames: FrameSummaries = { 0: holding(2), 7: holding(1) };
    for (let i = 0; i < 4; i++) reveal('kerry', frames);
    expect(sent).toEqual([
      '0 reveal restart',
      '0 reveal',
      '0 closeCard',
      '7 reveal restart',
      '7 closeCard',
      '0 reveal restart',
    ]);
  });
});
