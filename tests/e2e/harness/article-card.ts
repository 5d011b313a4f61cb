// The card on card/article.html (the article of data/article.txt): when it opens and what it shows.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from './browser';

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const ARTICLE = squash(readFileSync(path.join(ROOT, 'data/article.txt'), 'utf8'));

/** The hover delay of the default settings. */
export const DWELL_MS = 350;

/** Asserts that a card excerpt is a sentence of the article, verbatim, with Putin marked. */
export function assertPutinExcerpt(quote: string, marks: string[]): void {
  assert.ok(quote.length > 20 && ARTICLE.includes(squash(quote)), `not in the article: ${quote}`);
  assert.ok(marks.length > 0 && marks.every((m) => m.includes('Putin')), `marks: ${marks}`);
}
