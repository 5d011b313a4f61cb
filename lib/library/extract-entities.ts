import { findCoordinatedNames } from './coordinated-names';
import { addDescribedRoles } from './descriptions';
import { type Candidate, findCandidates } from './find-candidates';
import { findPlacesAndOrganizations } from './find-places-orgs';
import { roleAfter, roleBefore, roleBeforeComma } from './find-role';
import { mergePeople, type PersonMention } from './merge-people';
import { findPlaceWords, isPersonLike } from './person-evidence';
import { type Token, tokenize } from './tokens';
import type { ExtractedEntities } from './types';

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
  mentions.push(...findCoordinatedNames(tokens, refused, mentions));
  addDescribedRoles(tokens, mentions);
  const personTokens = new Set<number>();
  const people = mergePeople(tokens, mentions, personTokens);
  return { people, ...findPlacesAndOrganizations(tokens, personTokens) };
}
