import type { PageSummary } from '../messages';
import type { PageMention } from './page-highlighter';

/** Counts mentions per entity, keeping the order in which entities first appear. */
export function summarize(
  mentions: readonly PageMention[],
  page: Pick<PageSummary, 'state' | 'hostname'>,
): PageSummary {
  const byEntity = new Map<string, PageSummary['entities'][number]>();
  for (const { entityId, kind } of mentions) {
    const entry = byEntity.get(entityId);
    if (entry) entry.count++;
    else byEntity.set(entityId, { entityId, kind, count: 1 });
  }
  return { ...page, total: mentions.length, entities: [...byEntity.values()] };
}

/**
 * Passes summaries on to `send`, except the empty ones before anything was counted: a new
 * document starts uncounted (the background clears the badge as it loads), so a page without
 * names never messages the background at all. After the first count every summary goes through,
 * and an empty one when the document goes (`pagehide`: the frame navigates or is removed), so the
 * background forgets a frame that is gone; the last again when it comes back (`pageshow`: from
 * the back/forward cache, its script still running).
 */
export function createSummaryReporter(send: (summary: PageSummary) => void, signal: AbortSignal) {
  let last: PageSummary | undefined;
  addEventListener('pagehide', () => last && send({ ...last, total: 0, entities: [] }), { signal });
  addEventListener('pageshow', () => last && send(last), { signal });
  return (summary: PageSummary): void => {
    if (!last && !summary.total) return;
    last = summary;
    send(summary);
  };
}
