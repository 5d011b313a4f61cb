/**
 * A long article made of articles run together, cut to `words` words: what the people score
 * times and the bench adds to the library (issue 14: a 10,000-word article).
 */
export function longArticleText(texts: readonly string[], words: number): string {
  return texts
    .join('\n\n')
    .split(/(?<=\s)/)
    .slice(0, words)
    .join('');
}
