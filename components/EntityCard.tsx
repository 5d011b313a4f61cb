import { useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { KINDS } from '../lib/kinds';
import { Excerpt } from './Excerpt';

/** One excerpt as the card shows it. */
export interface CardExcerpt {
  sentenceIndex: number;
  text: string;
  marks: readonly (readonly [number, number])[];
}

/** Props of {@link EntityCard}. */
export interface EntityCardProps {
  entity: Entity;
  /** Article sentences naming the entity, most relevant first. */
  excerpts: readonly CardExcerpt[];
  /** Other entities named in the same sentences. */
  related: readonly Entity[];
  /** The article's headline, dateline and year, shown so nobody reads it as today's news. */
  article: { headline: string; dateline: string; year: number };
  /** Link to the article page at a sentence. */
  articleHref: (sentenceIndex: number) => string;
  /** Opens the article at a sentence; without it the link navigates by itself. */
  onOpenArticle?: (sentenceIndex: number) => void;
  /** Called when the reader picks one of the related names. */
  onSelectEntity: (entityId: string) => void;
  /** Id for the heading, so a dialog around the card can point at it. */
  titleId: string;
  /** The form of the name the page used, when it is another language's or script's ("Путин"). */
  foundAs?: { form: string; lang?: string };
}

/** What the article says about one entity: role, background, excerpts, source and related names. */
export function EntityCard(props: EntityCardProps) {
  const { entity, excerpts, related, article, titleId } = props;
  const [index, setIndex] = useState(0);
  const excerpt = excerpts[Math.min(index, excerpts.length - 1)];
  const step = (delta: number) => setIndex((i) => (i + delta + excerpts.length) % excerpts.length);
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
          <blockquote cite={props.articleHref(excerpt.sentenceIndex)}>
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
            </span>
            {excerpts.length > 1 && (
              <button type="button" onClick={() => step(1)} aria-label="Next excerpt">
                ›
              </button>
            )}
            <a
              href={props.articleHref(excerpt.sentenceIndex)}
              target="_blank"
              rel="noopener"
              onClick={(event) => {
                if (!props.onOpenArticle) return;
                event.preventDefault();
                props.onOpenArticle(excerpt.sentenceIndex);
              }}
            >
              Read in the article
            </a>
          </figcaption>
        </figure>
      )}
      <p class="source">
        <span class="badge">{article.year} article</span> “{article.headline}”, {article.dateline}
      </p>
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
