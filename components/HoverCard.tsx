import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entity } from '../data/types';
import { type CardExcerpt, EntityCard } from './EntityCard';

/** The content a card needs for one entity. */
export interface CardContent {
  entity: Entity;
  excerpts: readonly CardExcerpt[];
  related: readonly Entity[];
}

/** Props of {@link HoverCard}. */
export interface HoverCardProps {
  /** The entity the card opens on; the reader may move to related ones from there. */
  entityId: string;
  /** Card content of an entity id. */
  contentOf: (entityId: string) => CardContent | undefined;
  article: { headline: string; dateline: string; year: number };
  articleHref: (sentenceIndex: number) => string;
  /** Opens the article at a sentence (from a page, where extension links cannot navigate). */
  onOpenArticle?: (sentenceIndex: number) => void;
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
        article={props.article}
        articleHref={props.articleHref}
        onOpenArticle={props.onOpenArticle}
        onSelectEntity={setEntityId}
        titleId={titleId}
        // Only for the entity the card opened on, not for a related one the reader moves to.
        foundAs={entityId === props.entityId ? props.foundAs : undefined}
      />
    </div>
  );
}
