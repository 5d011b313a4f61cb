import { describe, expect, it, vi } from 'vitest';

// Counts the splits: the real function, observed.
const split = vi.hoisted(() => ({ calls: 0 }));
vi.mock('../../lib/text/sentences', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../lib/text/sentences')>();
  return {
    ...real,
    splitSentences: (text: string) => {
      split.calls++;
      return real.splitSentences(text);
    },
  };
});

describe('the article module on a page load', () => {
  it('splits nothing until the sentences are asked for, then splits once', async () => {
    // What the content script imports on every page, card data included.
    const { ARTICLE } = await import('../../data/article');
    const { BUNDLED_ARTICLE } = await import('../../lib/library/bundled-article');
    const { articleKnowledge } = await import('../../lib/knowledge');
    articleKnowledge(BUNDLED_ARTICLE);
    expect(split.calls).toBe(0);
    const first = ARTICLE.sentences;
    expect(first[0]?.text).toBe(ARTICLE.headline);
    expect(ARTICLE.sentences).toBe(first);
    expect(BUNDLED_ARTICLE.sentences).toBe(first);
    expect(split.calls).toBe(1);
  });
});
