import type { Entity } from '../../data/types';
import { compileMatcher } from './compile-matcher';
import { findMentions } from './find-mentions';
import { rulesFromEntities } from './rules';
import type { ArticleSentence } from './sentences';

/** One occurrence of an entity's name in the article: offsets are inside the sentence's text. */
export interface ArticleExcerpt {
  sentenceIndex: number;
  start: number;
  end: number;
}

/** Finds, for each entity id, every place the article names it (article-only aliases included). */
export function findArticleMentions(
  entities: readonly Entity[],
  sentences: readonly ArticleSentence[],
): Record<string, ArticleExcerpt[]> {
  const matcher = compileMatcher(rulesFromEntities(entities, { includeArticleAliases: true }));
  const excerpts: Record<string, ArticleExcerpt[]> = {};
  for (const entity of entities) excerpts[entity.id] = [];
  for (const sentence of sentences) {
    for (const mention of findMentions(matcher, sentence.text)) {
      excerpts[mention.entityId]?.push({
        sentenceIndex: sentence.index,
        start: mention.start,
        end: mention.end,
      });
    }
  }
  return excerpts;
}

/** The indices of the sentences an entity's excerpts fall in. */
export function sentencesMentioning(
  excerpts: readonly ArticleExcerpt[] | undefined,
): ReadonlySet<number> {
  return new Set((excerpts ?? []).map((excerpt) => excerpt.sentenceIndex));
}
