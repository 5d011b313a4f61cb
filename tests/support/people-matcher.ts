import { ENTITIES } from '../../data/entities';
import { GIVEN_NAMES } from '../../data/names/given-names';
import { foundAs } from '../../lib/knowledge/found-as';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import { rulesFromEntities } from '../../lib/text/rules';

/** The people matcher as pages get it: the bundled people, their forms, the given names. */
export const peopleMatcher = compileMatcher(
  rulesFromEntities(ENTITIES, { kinds: new Set(['person']) }),
  { givenNames: GIVEN_NAMES },
);

/**
 * Each mention in `text` (of the language `lang`, '' for unsaid) as "matched text=entity id",
 * with "(form)" when a form made it.
 */
export function peopleIn(text: string, lang = ''): string[] {
  return findMentions(peopleMatcher, text, undefined, undefined, lang).map((m) => {
    const found = text.slice(m.start, m.end);
    const form = foundAs(m.entityId, found)?.form;
    return `${found}=${m.entityId}${form ? ` (${form})` : ''}`;
  });
}
