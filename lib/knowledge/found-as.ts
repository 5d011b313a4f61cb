import { ENTITIES } from '../../data/entities';
import { INFLECTIONS } from '../../data/inflections';
import type { Entity } from '../../data/types';
import { withoutInvisibles } from '../text/chars';
import { expandForms } from '../text/forms';

/** The spelling as the matcher compares it: case, hyphens and spacing aside. */
function keyOf(text: string): string {
  return withoutInvisibles(text)
    .toLowerCase()
    .replace(/[\s\u2010\u2011-]+/g, ' ');
}

/**
 * The other language's or script's form a page named an entity with, from the mention's text
 * ("Путину" → "Путин", Russian); none for the entity's own aliases and their cases. Worked out
 * here, for the card, so the content script's matcher need not carry it.
 */
export function foundAs(
  entityId: string,
  text: string,
  entities: readonly Entity[] = ENTITIES,
): { form: string; lang: string } | undefined {
  const entity = entities.find((e) => e.id === entityId);
  if (!entity) return undefined;
  const key = keyOf(text);
  const variant = expandForms(entity, INFLECTIONS).find((v) => keyOf(v.alias) === key);
  return variant?.form && variant.lang ? { form: variant.form, lang: variant.lang } : undefined;
}
