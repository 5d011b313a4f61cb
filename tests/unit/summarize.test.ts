import { describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import type { PageMention } from '../../lib/page/page-highlighter';
import { createSummaryReporter, summarize } from '../../lib/page/summarize';

const PAGE = { state: 'active', hostname: 'example.test' } as const;

function mention(entityId: string, kind: PageMention['kind'] = 'person'): PageMention {
  return { entityId, kind, text: entityId, range: {} as AbstractRange, block: {} as Element };
}

describe('summarize', () => {
  it('counts mentions per entity in the order they first appear', () => {
    const summary = summarize(
      [mention('john-kerry'), mention('vladimir-putin'), mention('john-kerry')],
      PAGE,
    );
    expect(summary).toEqual({
      ...PAGE,
      total: 3,
      entities: [
        { entityId: 'john-kerry', kind: 'person', count: 2 },
        { entityId: 'vladimir-putin', kind: 'person', count: 1 },
      ],
    });
  });
});

describe('createSummaryReporter', () => {
  function reporter() {
    const sent: PageSummary[] = [];
    return { sent, report: createSummaryReporter((summary) => sent.push(summary)) };
  }

  it('tells the background nothing while a page has nothing to count', () => {
    const { sent, report } = reporter();
    report(summarize([], PAGE));
    report(summarize([], { ...PAGE, state: 'paused' }));
    expect(sent).toEqual([]);
  });

  it('sends the first count and every summary after it, zero included', () => {
    const { sent, report } = reporter();
    report(summarize([], PAGE));
    report(summarize([mention('john-kerry')], PAGE));
    report(summarize([mention('john-kerry')], PAGE));
    // The names went away (or the reader paused the site): the badge must clear.
    report(summarize([], PAGE));
    report(summarize([], PAGE));
    expect(sent.map((s) => s.total)).toEqual([1, 1, 0, 0]);
  });
});
