import type { Entity } from '../data/types';
import { type Article, publishedYear } from './library/article';
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

/** What a card says about the article itself. */
export interface ArticleMeta {
  headline: string;
  dateline: string;
  year: number;
}

/** A name in a sentence of the article. */
export interface SentenceMention {
  start: number;
  end: number;
  entity: Entity;
}

/** What one article knows, derived from it on demand: card content, mentions by sentence. */
export interface ArticleKnowledge {
  article: Article;
  /** What the card says about the article. */
  meta: ArticleMeta;
  /** Every entity the article names, in the article's order (the bundled one: people, places, organisations). */
  entities: readonly Entity[];
  /** The card data of an entity, or undefined for an id the article does not have. */
  cardDataFor(entityId: string): EntityCardData | undefined;
  /** Every name in the article, by sentence index, in text order. */
  mentionsBySentence(): Map<number, SentenceMention[]>;
}

/** What a card says about `article`: its headline, its dateline (or site) and its year. */
export function articleMeta(article: Article): ArticleMeta {
  return {
    headline: article.title,
    dateline: article.dateline || article.site,
    year: publishedYear(article) ?? 0,
  };
}

/** Groups excerpts by sentence and orders sentences: more mentions first, then article order. */
function excerptViews(article: Article, excerpts: readonly ArticleExcerpt[]): ExcerptView[] {
  const bySentence = new Map<number, [number, number][]>();
  for (const { sentenceIndex, start, end } of excerpts) {
    const marks = bySentence.get(sentenceIndex) ?? [];
    marks.push([start, end]);
    bySentence.set(sentenceIndex, marks);
  }
  return [...bySentence]
    .map(([sentenceIndex, marks]) => ({
      sentenceIndex,
      text: article.sentences[sentenceIndex]?.text ?? '',
      marks,
    }))
    .sort((a, b) => b.marks.length - a.marks.length || a.sentenceIndex - b.sentenceIndex);
}

const known = new WeakMap<Article, ArticleKnowledge>();

/**
 * What `article` knows; the same object for the same article. Its mentions are found on first
 * use, so a page whose names never open a card never pays for them.
 */
export function articleKnowledge(article: Article): ArticleKnowledge {
  const cached = known.get(article);
  if (cached) return cached;
  const byId = new Map<string, Entity>(article.entities.map((entity) => [entity.id, entity]));
  let mentions: Record<string, ArticleExcerpt[]> | null = null;
  const articleMentions = () => {
    mentions ??= findArticleMentions(article.entities, article.sentences);
    return mentions;
  };

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

  const knowledge: ArticleKnowledge = {
    article,
    meta: articleMeta(article),
    entities: article.entities,
    cardDataFor(entityId) {
      const entity = byId.get(entityId);
      if (!entity) return undefined;
      const excerpts = excerptViews(article, articleMentions()[entityId] ?? []);
      const sentences = new Set(excerpts.map((e) => e.sentenceIndex));
      return { entity, excerpts, related: relatedTo(entityId, sentences) };
    },
    mentionsBySentence() {
      const bySentence = new Map<number, SentenceMention[]>();
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
    },
  };
  known.set(article, knowledge);
  return knowledge;
}
