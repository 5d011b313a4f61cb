import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import type { CardSource } from '../lib/library/library-knowledge';
import type { CardArticle } from './CardSources';
import { type CardExcerpt, EntityCard } from './EntityCard';

/** The content a card needs for one entity. */
export interface CardContent {
  entity: Entity;
  excerpts: readonly CardExcerpt[];
  related: readonly Entity[];
  /** The articles its excerpts come from, newest first, when drawn from the library. */
  sources?: readonly CardSource[];
}

/** Props of {@link HoverCard}. */
export interface HoverCardProps {
  /** The entity the card opens on; the reader may move to related ones from there. */
  entityId: string;
  /** Card content of an entity id, if it is here. */
  contentOf: (entityId: string) => CardContent | undefined;
  /** Has the content of an entity come (one the reader picks among related names). */
  loadContent?: (entityId: string) => Promise<void>;
  /** The article of excerpts that do not name theirs (a single article's card). */
  article: CardArticle;
  articleHref: (sentenceIndex: number, articleId?: string) => string;
  /** Opens the article at a sentence (from a page, where extension links cannot navigate). */
  onOpenArticle?: (sentenceIndex: number, articleId?: string) => void;
  /** Called by the close button. */
  onClose: () => void;
  /** Move focus into the card when it opens (keyboard path). */
  takeFocus?: boolean;
  /** The other language's or script's form the page named the entity with ("Путин"). */
  foundAs?: { form: string; lang?: string };
}

/** The floating card: a labelled, non-modal dialog around an {@link EntityCard}. */
export function HoverCard(props: HoverCardProps) {
  const [entityId, setEntityId] = useState(props.entityId);
  const dialog = useRef<HTMLDivElement>(null);
  useEffect(() => setEntityId(props.entityId), [props.entityId]);
  useEffect(() => {
    if (props.takeFocus) dialog.current?.focus();
  }, [props.takeFocus]);
  const content = props.contentOf(entityId);
  // A related name whose content is not here yet: the card stays as it is until it comes.
  const select = (id: string) => {
    if (props.contentOf(id) || !props.loadContent) setEntityId(id);
    else void props.loadContent(id).then(() => props.contentOf(id) && setEntityId(id));
  };
  if (!content) return null;
  const titleId = `backstory-card-title-${entityId}`;
  return (
    <div
      ref={dialog}
      class="card"
      role="dialog"
      aria-modal="false"
      aria-labelledby={titleId}
      tabIndex={-1}
    >
      <button type="button" class="close" onClick={props.onClose} aria-label="Close">
        ×
      </button>
      <EntityCard
        key={entityId}
        entity={content.entity}
        excerpts={content.excerpts}
        related={content.related}
        sources={content.sources}
        article={props.article}
        articleHref={props.articleHref}
        onOpenArticle={props.onOpenArticle}
        onSelectEntity={select}
        titleId={titleId}
        // Only for the entity the card opened on, not for a related one the reader moves to.
        foundAs={entityId === props.entityId ? props.foundAs : undefined}
      />
    </div>
  );
}
