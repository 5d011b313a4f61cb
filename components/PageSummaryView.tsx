import type { PageSummary } from '../lib/messages';

/** What the popup knows about the current tab. */
export type PageState =
  | { status: 'loading' }
  | { status: 'unavailable' }
  | { status: 'ready'; summary: PageSummary };

/** Props of {@link PageSummaryView}. */
export interface PageSummaryViewProps {
  /** The tab's state, as reported by its content script. */
  state: PageState;
  /** Display name of an entity id. */
  nameOf: (entityId: string) => string;
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

/** The number of mentions on the current tab and the people they name. */
export function PageSummaryView({ state, nameOf }: PageSummaryViewProps) {
  if (state.status === 'loading') return <p role="status">Reading this page…</p>;
  if (state.status === 'unavailable') {
    return (
      <p role="status">Backstory can’t read this page (browser pages and stores are off limits).</p>
    );
  }
  const { total, entities } = state.summary;
  if (total === 0) return <p role="status">No names from the article on this page.</p>;
  return (
    <section aria-label="Names on this page">
      <p role="status">
        <strong>{plural(total, 'mention')}</strong> on this page
      </p>
      <ul>
        {entities.map((entity) => (
          <li key={entity.entityId}>
            {nameOf(entity.entityId)}{' '}
            <span class="count">
              ×{entity.count}
              <span class="visually-hidden"> ({plural(entity.count, 'mention')})</span>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
