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
}

const POSSESSIVE = /['’]s$/u;
const CAPITAL = /^\p{Lu}/u;

/** The words of `text`, tagged by compromise, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // A slash joins credits ("Reuters/Edgar Su") and a quote glued to a word hides the word.
  const spaced = text.replace(/\//g, ' / ').replace(/(["”])(?=\p{L})/gu, '$1 ');
  const doc = nlp(spaced) as unknown as {
    docs: { text: string; pre: string; post: string; tags: Set<string> }[][];
  };
  doc.docs.forEach((terms, sentence) => {
    terms.forEach((term, i) => {
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
      });
    });
  });
  return tokens;
}

/** Whether nothing but spaces (or an abbreviation's period) separates a token from the next one. */
export function joinsNext(token: Token): boolean {
  return /^(?:\.? *|-)$/u.test(token.post) && !token.possessive;
}
