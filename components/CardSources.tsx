import type { CardSource } from '../lib/library/library-knowledge';

/** What a card says of the article an excerpt is from. */
export interface CardArticle {
  headline: string;
  dateline: string;
  /** 0 when the article has no date. */
  year: number;
}

/** The article under the excerpt, dated so nobody reads it as today's news. */
export function SourceLine({ article }: { article: CardArticle }) {
  return (
    <p class="source">
      <span class="badge">{article.year ? `${article.year} article` : 'Undated article'}</span> “
      {article.headline}”{article.dateline && `, ${article.dateline}`}
    </p>
  );
}

/** Props of {@link SourceList}. */
export interface SourceListProps {
  /** Newest first. */
  sources: readonly CardSource[];
  /** The index of the article of the excerpt shown. */
  current: number | undefined;
  /** Shows the first excerpt of the article at this index. */
  onSelect: (index: number) => void;
}

/**
 * Every article naming the entity, newest first, the one of the excerpt shown marked; picking
 * one shows its first excerpt.
 */
export function SourceList({ sources, current, onSelect }: SourceListProps) {
  return (
    <nav class="sources" aria-label={`In ${sources.length} articles`}>
      <ol>
        {sources.map((source, n) => (
          <li key={source.articleId}>
            <button
              type="button"
              aria-current={n === current ? 'true' : undefined}
              onClick={() => onSelect(n)}
            >
              <span class="badge">{source.year || 'Undated'}</span> “{source.headline}”
              {source.dateline && <span class="muted">, {source.dateline}</span>}
            </button>
          </li>
        ))}
      </ol>
    </nav>
  );
}
