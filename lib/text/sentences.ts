/** One sentence of the article: `text === article.slice(start, end)`, with no surrounding whitespace. */
export interface ArticleSentence {
  /** 0-based position in the article; 0 is the headline. Stable, used in deep links (`#s-7`). */
  index: number;
  start: number;
  end: number;
  text: string;
}

// Periods after these words (compared lower-cased, without the period) do not end a sentence.
const ABBREVIATIONS = new Set(
  'mr mrs ms dr st sen gen gov rep lt col sgt capt prof rev vs'.split(' '),
);

/** A run of `.`, `!` or `?` and any closing quotes or brackets right after it. */
const TERMINATOR = /[.!?]+["'”’)\]]*/gu;
/** A blank line (possibly holding spaces) separates paragraphs; a single newline does not. */
const PARAGRAPH_BREAK = /\n[^\S\n]*\n\s*/gu;
/** What may open a sentence: an upper-case letter, a digit, or an opening quote or bracket. */
const SENTENCE_OPENER = /[\p{Lu}\p{Lt}\p{N}"'“‘([]/u;

/** Splits text into sentences: paragraphs at blank lines, then at `.`, `!` or `?` before a capital. */
export function splitSentences(text: string): ArticleSentence[] {
  const sentences: ArticleSentence[] = [];
  const push = (start: number, end: number): void => {
    const raw = text.slice(start, end);
    const from = start + (raw.length - raw.trimStart().length);
    const to = end - (raw.length - raw.trimEnd().length);
    if (to > from) {
      sentences.push({ index: sentences.length, start: from, end: to, text: text.slice(from, to) });
    }
  };
  for (const [start, end] of paragraphs(text)) {
    let sentenceStart = start;
    for (const boundary of sentenceEnds(text, start, end)) {
      push(sentenceStart, boundary);
      sentenceStart = boundary;
    }
    push(sentenceStart, end);
  }
  return sentences;
}

/** `[start, end)` of each paragraph. */
function* paragraphs(text: string): Generator<[number, number]> {
  let start = 0;
  for (const match of text.matchAll(PARAGRAPH_BREAK)) {
    yield [start, match.index];
    start = match.index + match[0].length;
  }
  yield [start, text.length];
}

/** Offsets just past each sentence-ending terminator inside `text.slice(start, end)`. */
function* sentenceEnds(text: string, start: number, end: number): Generator<number> {
  const paragraph = text.slice(start, end);
  for (const match of paragraph.matchAll(TERMINATOR)) {
    const after = match.index + match[0].length;
    const rest = paragraph.slice(after);
    const next = rest.trimStart();
    // Needs whitespace after it ("3.5", "U.S.-led" are not ends) and text left to start a sentence.
    if (next.length === 0 || next.length === rest.length) continue;
    if (!SENTENCE_OPENER.test(next[0] ?? '')) continue;
    if (match[0].startsWith('.') && isAbbreviation(paragraph.slice(0, match.index))) continue;
    yield start + after;
  }
}

/** Whether the word ending `before` is a title, an initial ("John F.") or an initialism ("U.S"). */
function isAbbreviation(before: string): boolean {
  const word = /[\p{L}.]+$/u.exec(before)?.[0] ?? '';
  if (/^\p{Lu}$/u.test(word)) return true;
  if (/^(?:\p{L}\.)+\p{L}$/u.test(word)) return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}
