import { findCoordinatedNames } from './coordinated-names';
import { addDescribedRoles } from './descriptions';
import { type Candidate, findCandidates } from './find-candidates';
import { findPlacesAndOrganizations } from './find-places-orgs';
import { roleAfter, roleBefore, roleBeforeComma } from './find-role';
import { mergePeople, type PersonMention } from './merge-people';
import { findPlaceWords, isPersonLike } from './person-evidence';
import { type Token, tokenize } from './tokens';
import type { ExtractedEntities } from './types';
import { isCommon, isGiven } from './words';

/** The last word of a name of two words or more, as compared ("mateen"), or undefined. */
function surnameOf(tokens: readonly Token[], start: number, end: number): string | undefined {
  return end - start >= 2 ? tokens[end - 1]?.lower : undefined;
}

/**
 * Refused full names that share their surname with a person found ("Seddique Mateen" beside
 * "Omar Mateen"): a relative, named as people are. Without them the lone surname ("Mateen said")
 * would all go to the one found.
 */
function relativesOf(
  tokens: readonly Token[],
  refused: Candidate[],
  people: readonly PersonMention[],
): PersonMention[] {
  const surnames = new Set(people.map((p) => surnameOf(tokens, p.start, p.end)));
  const relatives: PersonMention[] = [];
  for (let i = refused.length - 1; i >= 0; i--) {
    const candidate = refused[i] as Candidate;
    const surname = surnameOf(tokens, candidate.start, candidate.end);
    if (!surname || !surnames.has(surname)) continue;
    // "Channelling Churchill": a verb or a common word first is not a given name (a capital
    // opening a sentence makes compromise read "Channelling" as a name).
    const first = tokens[candidate.start] as Token;
    const verbLike = first.tags.has('Verb') || /(?:ing|ed)$/.test(first.lower);
    if ((verbLike || isCommon(first.lower)) && !isGiven(first.lower)) continue;
    refused.splice(i, 1);
    relatives.push({
      start: candidate.start,
      end: candidate.end,
      role: roleAfter(tokens, candidate.start, candidate.end),
      byTitle: false,
      weak: (tokens[candidate.start] as Token).heading,
    });
  }
  return relatives.reverse();
}

/**
 * The people (with roles), places and organisations an article names, from its title and main
 * text: pure text in, no DOM.
 */
export function extractEntities(title: string, text: string): ExtractedEntities {
  const tokens = tokenize(`${title}\n\n${text}`);
  const mentions: PersonMention[] = [];
  const placeWords = findPlaceWords(tokens);
  const refused: Candidate[] = [];
  for (const candidate of findCandidates(tokens)) {
    const before = roleBefore(tokens, candidate.start);
    const after = roleAfter(tokens, candidate.start, candidate.end);
    // A one-word title ("Gen.", "Rep.") says less than the phrase after the name.
    const role =
      (before !== null && (after === null || before.includes(' ')) ? before : after) ??
      roleBeforeComma(tokens, candidate.start) ??
      candidate.postNominal ??
      null;
    if (!isPersonLike(tokens, candidate, role !== null, placeWords)) {
      refused.push(candidate);
      continue;
    }
    mentions.push({
      start: candidate.start,
      end: candidate.end,
      role,
      byTitle: role === before,
      weak: (tokens[candidate.start] as Token).heading,
    });
  }
  mentions.push(...relativesOf(tokens, refused, mentions));
  mentions.push(...findCoordinatedNames(tokens, refused, mentions));
  addDescribedRoles(tokens, mentions);
  const personTokens = new Set<number>();
  const people = mergePeople(tokens, mentions, personTokens);
  return { people, ...findPlacesAndOrganizations(tokens, personTokens) };
}
