import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { rulesFromEntities } from '../../lib/text/rules';

/** The people matcher as pages get it: the bundled people, their forms, the given names. */
export const peopleMatcher = compileMatcher(
  rulesFromEntities(ENTITIES, { kinds: new Set(['person']) }),
  { givenNames: GIVEN_NAMES },
);

/** Each mention in `text` as "matched text=entity id", with "(form)" when a form made it. */
export function peopleIn(text: string): string[] {
  return findMentions(peopleMatcher, text).map(
    (m) => `${text.slice(m.start, m.end)}=${m.entityId}${m.form ? ` (${m.form})` : ''}`,
  );
}
