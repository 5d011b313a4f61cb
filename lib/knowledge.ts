import { ARTICLE } from '../data/article';
import { ENTITIES } from '../data/entities';
import type { Entity } from '../data/types';
import { type ArticleExcerpt, findArticleMentions } from './text/article-mentions';

/** One article sentence that mentions an entity, with the spans naming it. */
export interface ExcerptView {
  sentenceIndex: number;
  text: string;
  /** `[start, end)` offsets in `text` of each mention of the entity. */
  marks: readonly (readonly [number, number])[];
}

/** Everything a card shows about one entity. */
export interface EntityCardData {
  entity: Entity;
  /** Most relevant first. */
  excerpts: readonly ExcerptView[];
  /** Other entities named in the same sentences, most often first. */
  related: readonly Entity[];
}

export { ARTICLE };

/** What the card says about the article itself. */
export const ARTICLE_META = {
  headline: ARTICLE.headline,
  dateline: ARTICLE.dateline,
  year: ARTICLE.year,
} as const;

const byId = new Map<string, Entity>(ENTITIES.map((entity) => [entity.id, entity]));
let mentions: Record<string, ArticleExcerpt[]> | null = null;

/** The article's mentions, computed on first use so pages without names never pay for them. */
function articleMentions(): Record<string, ArticleExcerpt[]> {
  mentions ??= findArticleMentions(ENTITIES, ARTICLE.sentences);
  return mentions;
}

/** Groups excerpts by sentence and orders sentences: more mentions first, then article order. */
function excerptViews(excerpts: readonly ArticleExcerpt[]): ExcerptView[] {
  const bySentence = new Map<number, [number, number][]>();
  for (const { sentenceIndex, start, end } of excerpts) {
    const marks = bySentence.get(sentenceIndex) ?? [];
    marks.push([start, end]);
    bySentence.set(sentenceIndex, marks);
  }
  return [...bySentence]
    .map(([sentenceIndex, marks]) => ({
      sentenceIndex,
      text: ARTICLE.sentences[sentenceIndex]?.text ?? '',
      marks,
    }))
    .sort((a, b) => b.marks.length - a.marks.length || a.sentenceIndex - b.sentenceIndex);
}

/** Entities sharing a sentence with `entityId`, by how many sentences they share. */
function relatedTo(entityId: string, sentences: ReadonlySet<number>): Entity[] {
  const shared = new Map<string, number>();
  for (const [otherId, excerpts] of Object.entries(articleMentions())) {
    if (otherId === entityId) continue;
    const count = new Set(excerpts.map((e) => e.sentenceIndex).filter((i) => sentences.has(i)))
      .size;
    if (count > 0) shared.set(otherId, count);
  }
  return [...shared]
    .sort((a, b) => b[1] - a[1])
    .map(([id]) => byId.get(id))
    .filter((entity): entity is Entity => entity !== undefined);
}

/** The card data of an entity, or undefined for an unknown id. */
export function cardDataFor(entityId: string): EntityCardData | undefined {
  const entity = byId.get(entityId);
  if (!entity) return undefined;
  const excerpts = excerptViews(articleMentions()[entityId] ?? []);
  const sentences = new Set(excerpts.map((e) => e.sentenceIndex));
  return { entity, excerpts, related: relatedTo(entityId, sentences) };
}

/** Every name in the article, by sentence index, in text order. */
export function mentionsBySentence(): Map<
  number,
  { start: number; end: number; entity: Entity }[]
> {
  const bySentence = new Map<number, { start: number; end: number; entity: Entity }[]>();
  for (const [entityId, excerpts] of Object.entries(articleMentions())) {
    const entity = byId.get(entityId);
    if (!entity) continue;
    for (const { sentenceIndex, start, end } of excerpts) {
      const list = bySentence.get(sentenceIndex) ?? [];
      list.push({ start, end, entity });
      bySentence.set(sentenceIndex, list);
    }
  }
  for (const list of bySentence.values()) list.sort((a, b) => a.start - b.start);
  return bySentence;
}

/** Every entity the article names, in the data's order (people, places, organisations). */
export function allEntities(): readonly Entity[] {
  return ENTITIES;
}
