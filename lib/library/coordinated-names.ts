import type { Candidate } from './find-candidates';
import type { PersonMention } from './merge-people';
import type { Token } from './tokens';
import { isCommon } from './words';

/** Whether nothing but "and" or a comma joins the name ending at `end` to the token at `next`. */
function joinedTo(tokens: readonly Token[], end: number, next: number): boolean {
  const last = tokens[end - 1];
  if (!last || last.possessive) return false;
  if (next === end) return /^\s*,\s*$/.test(last.post);
  return next === end + 1 && /^\s*$/.test(last.post) && tokens[end]?.lower === 'and';
}

/** Whether a candidate is plain enough to be a name: no place or organisation tag, no common lone word. */
function isPlain(tokens: readonly Token[], { start, end }: Candidate): boolean {
  const words = tokens.slice(start, end);
  if (words.some((word) => word.tags.has('Place') || word.tags.has('Organization'))) return false;
  return end - start > 1 || !isCommon((words[0] as Token).lower);
}

/**
 * The refused candidates listed with a person by "and" or a comma ("Paul Ryan and Newt Gingrich",
 * "Hopper and Dylan"), as mentions without a role.
 */
export function findCoordinatedNames(
  tokens: readonly Token[],
  refused: readonly Candidate[],
  people: readonly PersonMention[],
): PersonMention[] {
  const starts = new Set(people.filter((p) => !p.weak).map((p) => p.start));
  const ends = new Set(people.filter((p) => !p.weak).map((p) => p.end));
  const found: PersonMention[] = [];
  for (const candidate of refused) {
    if (!isPlain(tokens, candidate) || (tokens[candidate.start] as Token).heading) continue;
    const after = [candidate.end, candidate.end + 1].some(
      (next) => starts.has(next) && joinedTo(tokens, candidate.end, next),
    );
    const before = [...ends].some(
      (end) => end < candidate.start && joinedTo(tokens, end, candidate.start),
    );
    if (after || before) {
      found.push({
        start: candidate.start,
        end: candidate.end,
        role: null,
        byTitle: false,
        weak: false,
      });
    }
  }
  return found;
}
