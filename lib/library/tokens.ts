import nlp from 'compromise';

/** One word of the article as the extraction sees it. */
export interface Token {
  /** The word without a possessive ending ("Putin" for "Putin's"). */
  text: string;
  /** The word as written, possessive included ("Putin's", "Gates'"). */
  written: string;
  /** `text` lower-cased, without a final period. */
  lower: string;
  /** compromise's tags for the word ("Person", "FirstName", "Place"…). */
  tags: ReadonlySet<string>;
  /** Punctuation and spaces before the word. */
  pre: string;
  /** Punctuation and spaces after the word (an abbreviation's period included). */
  post: string;
  /** Whether the word starts with a capital letter or a digit-free initial ("C.K."). */
  capital: boolean;
  /** Whether the word ends in a possessive ("'s", "’s", or a lone apostrophe after "s"). */
  possessive: boolean;
  /** Whether the word opens its sentence (or its quotation). */
  sentenceStart: boolean;
  /** Index of the sentence the word is in. */
  sentence: number;
  /** Index of the line (block) the word is in. */
  line: number;
  /** Whether the word's line is a Title Case heading, where capitals say nothing about names. */
  heading: boolean;
}

const POSSESSIVE = /['’]s$/u;
const CAPITAL = /^\p{Lu}/u;

/** The words of `text`, tagged by compromise, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let line = 0;
  // A slash joins credits ("Reuters/Edgar Su") and a quote glued to a word hides the word; a
  // slash before a lower-case word ("writer/activist") is left as written.
  const spaced = text.replace(/\/(?=\p{Lu})/gu, ' / ').replace(/(["”])(?=\p{L})/gu, '$1 ');
  const doc = nlp(spaced) as unknown as {
    docs: { text: string; pre: string; post: string; tags: Set<string> }[][];
  };
  doc.docs.forEach((terms, sentence) => {
    terms.forEach((term, i) => {
      const last = tokens.at(-1);
      if (term.text === '' && last) {
        // compromise spells out a contraction as a word with no text ("who’s" → "who", "is").
        last.post += term.post;
        return;
      }
      const trailingApostrophe = /^['’]/u.test(term.post) && /s$/iu.test(term.text);
      const possessive = POSSESSIVE.test(term.text) || trailingApostrophe;
      const bare = term.text.replace(POSSESSIVE, '');
      const previous = terms[i - 1];
      tokens.push({
        text: bare,
        written: trailingApostrophe ? `${term.text}${term.post.charAt(0)}` : term.text,
        lower: bare.toLowerCase().replace(/\.$/, ''),
        tags: term.tags,
        pre: term.pre,
        post: trailingApostrophe ? term.post.slice(1) : term.post,
        capital: CAPITAL.test(bare),
        possessive,
        sentenceStart: i === 0 || /["“‘(:]\s*$/u.test(`${previous?.post ?? ''}${term.pre}`),
        sentence,
        line,
        heading: false,
      });
      if (term.post.includes('\n')) line++;
    });
  });
  markHeadings(tokens);
  return tokens;
}

/** Words this long or longer tell a Title Case line ("Obama Signs Bill Into Law") from a sentence. */
const HEADING_WORD = 4;
/** A line is a heading when all of its long words, at least this many, are capitalised. */
const HEADING_MIN_WORDS = 4;

/** Marks the tokens of Title Case lines. */
function markHeadings(tokens: Token[]): void {
  let start = 0;
  while (start < tokens.length) {
    const line = (tokens[start] as Token).line;
    let end = start;
    let long = 0;
    let capital = 0;
    let lower = false;
    while (end < tokens.length && (tokens[end] as Token).line === line) {
      const token = tokens[end] as Token;
      if (/^\p{L}/u.test(token.text) && token.text.length >= HEADING_WORD) {
        long++;
        if (token.capital) capital++;
      }
      lower ||= /^\p{Ll}/u.test(token.text);
      end++;
    }
    const last = (tokens[end - 1] as Token).post;
    // A line ending in a colon labels what follows ("First Lady Michelle Obama:"); one with a
    // lower-case word that ends as a sentence ends is a sentence made mostly of names ("Angela
    // Merkel met Vladimir Putin."): headings end without a period.
    const label = /^:/.test(last);
    const sentence = lower && /^[.!?]/.test(last);
    const heading = long >= HEADING_MIN_WORDS && capital === long && !label && !sentence;
    for (let i = start; i < end; i++) (tokens[i] as Token).heading = heading;
    start = end;
  }
}

/** Whether nothing but spaces (or an abbreviation's period) separates a token from the next one. */
export function joinsNext(token: Token): boolean {
  return /^(?:\.? *|-)$/u.test(token.post) && !token.possessive;
}
