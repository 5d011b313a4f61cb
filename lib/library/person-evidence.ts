import type { Candidate } from './find-candidates';
import type { Token } from './tokens';
import { SPEECH_VERBS } from './word-lists';
import { isCommon, isGiven } from './words';

/** Whether compromise read the word as a name ("FirstName", "LastName"). */
function taggedName(token: Token): boolean {
  return token.tags.has('FirstName') || token.tags.has('LastName');
}

/** Whether compromise read the word as a place or an organisation. */
function taggedOther(token: Token): boolean {
  return token.tags.has('Place') || token.tags.has('Organization');
}

/** Whether a verb of speaking stands right after the name or right before it ("said Gates"). */
function besideSpeech(tokens: readonly Token[], { start, end }: Candidate): boolean {
  const last = tokens[end - 1] as Token;
  const after = tokens[end];
  const before = tokens[start - 1];
  if (after && /^\s*$/.test(last.post) && SPEECH_VERBS.has(after.lower)) return true;
  if (after && /^\.?\s*,\s*$/.test(last.post) && /^(?:who|whose)$/.test(after.lower)) return true;
  // A label opening a line ("Todd Park: …"); a lone word there is a speaker or a site.
  const label = end - start > 1 && /^:/.test(last.post);
  if (label && (start === 0 || before?.post.includes('\n'))) return true;
  // Before the name only a verb that inverts an attribution ("said Gates"): "told Reuters" names
  // the listener, often a newspaper or a site.
  return (
    before !== undefined &&
    /^\s*$/.test(before.post) &&
    SPEECH_VERBS.has(before.lower) &&
    !/^(?:told|tells|asked|asks)$/.test(before.lower)
  );
}

/** Prepositions of place: "in Montgomery" names a place, rarely a person. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'around']);

/** Whether the word right before `start` is a preposition of place. */
function afterPlacePreposition(tokens: readonly Token[], start: number): boolean {
  const before = tokens[start - 1];
  return before !== undefined && /^\s*$/.test(before.post) && PLACE_PREPOSITIONS.has(before.lower);
}

/** The lower-cased words compromise reads as a place or an organisation somewhere in the text. */
export function findPlaceWords(tokens: readonly Token[]): Set<string> {
  const words = new Set<string>();
  for (const token of tokens) if (token.capital && taggedOther(token)) words.add(token.lower);
  return words;
}

/**
 * Whether a candidate reads as a person: a title before it, a given name opening a full name,
 * compromise's name tags, or a verb of speaking beside it. A single word also needs not to be a
 * common English word.
 */
/**
 * Whether a token is a lower-case noun a name before it qualifies ("administration", "case",
 * "shooting").
 */
function qualifiesNoun(token: Token | undefined): boolean {
  if (!token || token.capital || token.possessive || token.tags.has('Pronoun')) return false;
  return token.tags.has('Noun') || token.tags.has('Gerund');
}

export function isPersonLike(
  tokens: readonly Token[],
  candidate: Candidate,
  hasRole: boolean,
  placeWords: ReadonlySet<string>,
): boolean {
  const words = tokens.slice(candidate.start, candidate.end);
  // "an Easter Egg", "a Reddit post": an indefinite article does not go before a name.
  const article = tokens[candidate.start - 1]?.lower ?? '';
  if (/^an?$/.test(article) && !candidate.titled) return false;
  // Nor does "the" ("The Eliza Jane" in New Orleans, a hotel; "the Harlem Hellfighters"), but
  // where the name qualifies a noun after it ("the Obama administration", "the Trayvon Martin case").
  if (article === 'the' && !candidate.titled && !qualifiesNoun(tokens[candidate.end])) return false;
  const first = words[0] as Token;
  const titled = candidate.titled || hasRole;
  // A given name first outweighs compromise's reading of the surname as a place ("Todd Park").
  const givenFirst = words.length > 1 && isGiven(first.lower);
  const other = !givenFirst && words.some((word) => taggedOther(word) && !taggedName(word));
  if (words.length === 1) {
    if (isCommon(first.lower) || /^\p{Lu}+$/u.test(first.text)) return titled && !other;
    if (other) return false;
    if (titled || besideSpeech(tokens, candidate)) return true;
    if (afterPlacePreposition(tokens, candidate.start)) return false;
    // compromise's name tags alone are weak where it reads the same word as a place elsewhere.
    return taggedName(first) && !placeWords.has(first.lower);
  }
  // A word in capitals is an acronym or a shout ("USS Higgins"), not a name as written.
  if (words.some((word) => /^\p{Lu}{3,}$/u.test(word.text) && !/^[IVX]+$/.test(word.text))) {
    return false;
  }
  if (titled) return true;
  if (other) return false;
  const last = words.at(-1) as Token;
  if (last.tags.has('Plural') && !taggedName(last)) return false;
  // A common word last ("Golden Globe", "Durand Line") needs a given name first that is not a
  // common word too, or a name tag.
  const given = isGiven(first.lower) && (!isCommon(first.lower) || first.tags.has('FirstName'));
  if (isCommon(last.lower) && !given && !taggedName(last)) {
    return /^\p{Lu}(?:\.\p{Lu})*\.?$/u.test(first.text) || besideSpeech(tokens, candidate);
  }
  if (given || /^\p{Lu}(?:\.\p{Lu})*\.?$/u.test(first.text)) return true;
  // compromise knows some people by their whole name ("Barack Obama"), without name tags.
  const known = words.every((word) => word.tags.has('Person') && !isCommon(word.lower));
  return known || words.some(taggedName) || besideSpeech(tokens, candidate);
}
