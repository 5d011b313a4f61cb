import type { ArticleSentenceView } from '../components/ArticleView';
import { articleKnowledge } from './knowledge';
import type { Article } from './library/article';

/** The article's sentences with every name in them, for the article page. */
export function articleSentenceViews(article: Article): ArticleSentenceView[] {
  const mentions = articleKnowledge(article).mentionsBySentence();
  const { sentences, text } = article;
  return sentences.map((sentence, i) => {
    const previous = sentences[i - 1];
    const gap = previous ? text.slice(previous.end, sentence.start) : '';
    return {
      index: sentence.index,
      text: sentence.text,
      startsParagraph: /\n\s*\n/.test(gap),
      mentions: (mentions.get(sentence.index) ?? []).map(({ start, end, entity }) => ({
        start,
        end,
        entityId: entity.id,
        kind: entity.kind,
      })),
    };
  });
}

/** The sentence index in a `#s-N` location hash, if it names a real sentence of `article`. */
export function sentenceFromHash(hash: string, article: Article): number | null {
  const match = /^#s-(\d+)$/.exec(hash);
  const index = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(index) && index < article.sentences.length ? index : null;
}
