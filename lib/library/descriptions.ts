import { DETERMINERS, isRoleNoun, phrase } from './find-role';
import type { PersonMention } from './merge-people';
import type { Token } from './tokens';

/** The most words a description holds after "The" ("The National Action Network leader"). */
const MAX_WORDS = 5;
/** How many sentences back a description may point to its person. */
const SENTENCES_BACK = 2;

/** A definite description opening a sentence: the role it gives, and where it stands. */
interface Description {
  at: number;
  role: string;
}

/**
 * Sentences that open with a role as their subject ("The former vice president had a lead"):
 * news writing's way to name the person just mentioned again, with their role.
 */
function findDescriptions(tokens: readonly Token[]): Description[] {
  const found: Description[] = [];
  tokens.forEach((the, i) => {
    if (the.lower !== 'the' || !the.sentenceStart) return;
    for (let k = i + 1; k < tokens.length && k - i <= MAX_WORDS; k++) {
      const word = tokens[k] as Token;
      const next = tokens[k + 1];
      if (word.sentence !== the.sentence || DETERMINERS.test(word.lower)) return;
      if (isRoleNoun(word)) {
        const subject = /^ +$/.test(word.post) && next?.tags.has('Verb');
        if (subject && !next?.tags.has('Gerund'))
          found.push({ at: i, role: phrase(tokens, i + 1, k + 1) });
        return;
      }
      if ((word.tags.has('Verb') && !word.tags.has('Gerund')) || /[,.;:!?]/.test(word.post)) return;
    }
  });
  return found;
}

/**
 * Gives the role of each description to the person mentioned last before it, a sentence or two
 * back, as a role to fall back on (a role written beside the name wins).
 */
export function addDescribedRoles(tokens: readonly Token[], mentions: PersonMention[]): void {
  const byPlace = [...mentions].sort((a, b) => a.start - b.start);
  for (const { at, role } of findDescriptions(tokens)) {
    const sentence = (tokens[at] as Token).sentence;
    const last = byPlace.filter((m) => m.end <= at).at(-1);
    if (last && (tokens[last.start] as Token).sentence >= sentence - SENTENCES_BACK) {
      last.fallbackRole ??= role;
    }
  }
}
