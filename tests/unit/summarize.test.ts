import { afterEach, describe, expect, it } from 'vitest';
import type { PageSummary } from '../../lib/messages';
import type { PageMention } from '../../lib/page/page-highlighter';
import { createSummaryReporter, summarize } from '../../lib/page/summarize';

const PAGE = { state: 'active', hostname: 'example.test' } as const;

function mention(entityId: string, kind: PageMention['kind'] = 'person'): PageMention {
  const range = {} as AbstractRange;
  return { entityId, kind, text: entityId, range, pieces: [range], block: {} as Element };
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
  let controller = new AbortController();
  afterEach(() => {
    controller.abort();
    controller = new AbortController();
  });
  function reporter() {
    const sent: PageSummary[] = [];
    const report = createSummaryReporter((summary) => sent.push(summary), controller.signal);
    return { sent, report };
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

  it('says goodbye with an empty summary when the document goes, if it ever counted', () => {
    const { sent, report } = reporter();
    report(summarize([mention('john-kerry')], PAGE));
    dispatchEvent(new Event('pagehide'));
    expect(sent.at(-1)).toEqual({ ...PAGE, total: 0, entities: [] });
  });

  it('reports the last summary again when the page comes back from the back/forward cache', () => {
    const { sent, report } = reporter();
    report(summarize([mention('john-kerry')], PAGE));
    dispatchEvent(new Event('pagehide'));
    dispatchEvent(new Event('pageshow'));
    expect(sent.map((s) => s.total)).toEqual([1, 0, 1]);
  });

  it('sends no goodbye for a page that never counted, nor once stopped', () => {
    const { sent } = reporter();
    dispatchEvent(new Event('pagehide'));
    expect(sent).toEqual([]);
    const stopped = reporter();
    stopped.report(summarize([mention('john-kerry')], PAGE));
    controller.abort();
    dispatchEvent(new Event('pagehide'));
    expect(stopped.sent.map((s) => s.total)).toEqual([1]);
  });
});
