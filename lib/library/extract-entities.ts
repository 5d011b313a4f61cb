import { findCandidates } from './find-candidates';
import { roleAfter, roleBefore } from './find-role';
import { mergePeople, type PersonMention } from './merge-people';
import { isPersonLike } from './person-evidence';
import { tokenize } from './tokens';
import type { ExtractedEntities } from './types';

/**
 * The people (with roles), places and organisations an article names, from its title and main
 * text: pure text in, no DOM.
 */
export function extractEntities(title: string, text: string): ExtractedEntities {
  const tokens = tokenize(`${title}\n\n${text}`);
  const mentions: PersonMention[] = [];
  for (const candidate of findCandidates(tokens)) {
    const role = roleBefore(tokens, candidate.start) ?? roleAfter(tokens, candidate.end);
    if (!isPersonLike(tokens, candidate, role !== null)) continue;
    mentions.push({ start: candidate.start, end: candidate.end, role });
  }
  return { people: mergePeople(tokens, mentions), places: [], organizations: [] };
}
