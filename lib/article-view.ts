import type { ArticleSentenceView } from '../components/ArticleView';
import { ARTICLE, mentionsBySentence } from './knowledge';

/** The article's sentences with every name in them, for the article page. */
export function articleSentenceViews(): ArticleSentenceView[] {
  const mentions = mentionsBySentence();
  return ARTICLE.sentences.map((sentence, i) => {
    const previous = ARTICLE.sentences[i - 1];
    const gap = previous ? ARTICLE.text.slice(previous.end, sentence.start) : '';
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

/** The sentence index in a `#s-N` location hash, if it names a real sentence. */
export function sentenceFromHash(hash: string): number | null {
  const match = /^#s-(\d+)$/.exec(hash);
  const index = match ? Number(match[1]) : Number.NaN;
  return Number.isInteger(index) && index < ARTICLE.sentences.length ? index : null;
}
