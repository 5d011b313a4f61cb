import { useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { EntityCard } from './EntityCard';
import type { CardContent } from './HoverCard';

/** Props of {@link EntitySearch}. */
export interface EntitySearchProps {
  /** Every entity of the articles switched on. */
  entities: readonly Entity[];
  contentOf: (entityId: string) => CardContent | undefined;
  article: { headline: string; dateline: string; year: number };
  articleHref: (sentenceIndex: number, articleId?: string) => string;
}

function matches(entity: Entity, query: string): boolean {
  const q = query.trim().toLowerCase();
  if (!q) return false;
  return [entity.name, ...entity.aliases].some((name) => name.toLowerCase().includes(q));
}

/** A search over everything the article knows, showing the same card content as the page. */
export function EntitySearch(props: EntitySearchProps) {
  const [query, setQuery] = useState('');
  const [selected, setSelected] = useState<string | null>(null);
  const results = props.entities.filter((e) => matches(e, query));
  const content = selected ? props.contentOf(selected) : undefined;
  return (
    <section class="search" aria-label="Search your articles">
      <label for="backstory-search">Search the names in your articles</label>
      <input
        id="backstory-search"
        type="search"
        value={query}
        placeholder="Putin, Geneva, United Nations…"
        onInput={(event) => {
          setQuery(event.currentTarget.value);
          setSelected(null);
        }}
      />
      {query.trim() && !content && (
        <ul class="results" aria-live="polite">
          {results.length === 0 && (
            <li class="empty">Nothing in your articles matches “{query}”.</li>
          )}
          {results.map((entity) => (
            <li key={entity.id}>
              <button type="button" onClick={() => setSelected(entity.id)}>
                {entity.name} <span class="muted">· {entity.role}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {content && (
        <div class="card search-card">
          <button type="button" class="back" onClick={() => setSelected(null)}>
            ← Results
          </button>
          <EntityCard
            key={content.entity.id}
            entity={content.entity}
            excerpts={content.excerpts}
            related={content.related}
            sources={content.sources}
            article={props.article}
            articleHref={props.articleHref}
            onSelectEntity={setSelected}
            titleId="backstory-search-title"
          />
        </div>
      )}
    </section>
  );
}
