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
