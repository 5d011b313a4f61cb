import { useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { KINDS } from '../lib/kinds';
import type { CardSource } from '../lib/library/library-knowledge';
import { type CardArticle, SourceLine, SourceList } from './CardSources';
import { Excerpt } from './Excerpt';

/** One excerpt as the card shows it. */
export interface CardExcerpt {
  sentenceIndex: number;
  text: string;
  marks: readonly (readonly [number, number])[];
  /** Index in `sources` of the article it is from (a card citing several articles). */
  source?: number;
}

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  entity: Entity;
  /** Article sentences naming the entity, most relevant first. */
  excerpts: readonly CardExcerpt[];
  /** Other entities named in the same sentences. */
  related: readonly Entity[];
  /** The article's headline, dateline and year, shown so nobody reads it as today's news. */
  article: CardArticle;
  /** The articles the excerpts come from, newest first, when the card cites several. */
  sources?: readonly CardSource[];
  /** Link to the article page at a sentence (of the bundled article when no id is given). */
  articleHref: (sentenceIndex: number, articleId?: string) => string;
  /** Opens the article at a sentence; without it the link navigates by itself. */
  onOpenArticle?: (sentenceIndex: number, articleId?: string) => void;
  /** Called when the reader picks one of the related names. */
  onSelectEntity: (entityId: string) => void;
  /** Id for the heading, so a dialog around the card can point at it. */
  titleId: string;
  /** The form of the name the page used, when it is another language's or script's ("Путин"). */
  foundAs?: { form: string; lang?: string };
}

/** What the article says about one entity: role, background, excerpts, source and related names. */
export function EntityCard(props: EntityCardProps) {
  const { entity, excerpts, related, titleId, sources = [] } = props;
  const [index, setIndex] = useState(0);
  const excerpt = excerpts[Math.min(index, excerpts.length - 1)];
  const step = (delta: number) => setIndex((i) => (i + delta + excerpts.length) % excerpts.length);
  const source = excerpt?.source === undefined ? undefined : sources[excerpt.source];
  // The article the shown excerpt is from: its link, its line under the excerpt.
  const article = source ?? props.article;
  const articleId = source?.articleId;
  return (
    <div class="card-body">
      <header class="card-header">
        <h2 id={titleId}>
          {entity.name}
          {props.foundAs && (
            <span class="found-as" lang={props.foundAs.lang}>
              {' '}
              ({props.foundAs.form})
            </span>
          )}
        </h2>
        <span class={`kind kind-${entity.kind}`}>{KINDS[entity.kind].label}</span>
      </header>
      <p class="role">{entity.role}</p>
      <p class="background">{entity.background.map((s) => s.text).join(' ')}</p>
      {excerpt && (
        <figure class="excerpt">
          <blockquote cite={props.articleHref(excerpt.sentenceIndex, articleId)}>
            <Excerpt text={excerpt.text} marks={excerpt.marks} />
          </blockquote>
          <figcaption class="excerpt-nav">
            {excerpts.length > 1 && (
              <button type="button" onClick={() => step(-1)} aria-label="Previous excerpt">
                ‹
              </button>
            )}
            <span aria-live="polite">
              {index + 1} of {excerpts.length}
              {sources.length > 1 && <span class="visually-hidden">, {article.headline}</span>}
            </span>
            {excerpts.length > 1 && (
              <button type="button" onClick={() => step(1)} aria-label="Next excerpt">
                ›
              </button>
            )}
            <a
              href={props.articleHref(excerpt.sentenceIndex, articleId)}
              target="_blank"
              rel="noopener"
              onClick={(event) => {
                if (!props.onOpenArticle) return;
                event.preventDefault();
                props.onOpenArticle(excerpt.sentenceIndex, articleId);
              }}
            >
              Read in the article
            </a>
          </figcaption>
        </figure>
      )}
      {sources.length > 1 ? (
        <SourceList
          sources={sources}
          current={excerpt?.source}
          onSelect={(n) =>
            setIndex(
              Math.max(
                0,
                excerpts.findIndex((e) => e.source === n),
              ),
            )
          }
        />
      ) : (
        <SourceLine article={article} />
      )}
      {related.length > 0 && (
        <nav class="related" aria-label={`Named with ${entity.name}`}>
          <span>Named with:</span>
          <ul>
            {related.map((other) => (
              <li key={other.id}>
                <button type="button" onClick={() => props.onSelectEntity(other.id)}>
                  {other.name}
                </button>
              </li>
            ))}
          </ul>
        </nav>
      )}
    </div>
  );
}
