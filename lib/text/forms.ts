import type { Inflection, WordClass } from '../../data/inflections';
import type { Entity, FormSet } from '../../data/types';
import { type GapKind, parseAlias } from './compile-matcher';

/** One spelling to find for an entity, with where it comes from when it is a form. */
export interface AliasVariant {
  alias: string;
  /** The nominative form in another language or script it is a case of ("Путин" for "Путина"). */
  form?: string;
  lang?: string;
  /** Vetoes this variant adds to the entity's (its inflection's: "die Obamas"). */
  notAfter?: readonly string[];
  /** The languages of text it counts in, when not all (as `MatchRule.langs`). */
  langs?: string[];
}

const GAP_TEXT: Record<GapKind, string> = { ' ': ' ', '-': '-', '.': '. ' };

function isLowerCase(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toUpperCase();
}

function classOf(inflection: Inflection, word: string, last: boolean): WordClass | undefined {
  return inflection.classes.find((c) => word.endsWith(c.ends) && (last || !c.lastOnly));
}

/**
 * The name in each of the language's cases (without the nominative), plus the nominative and
 * every case with a prefix where the language joins some: "Władimira Putina", "وبشار الأسد".
 */
export function inflect(name: string, inflection: Inflection | undefined): string[] {
  const parsed = parseAlias(name);
  if (typeof parsed === 'string' || !inflection) return [];
  const { words, gaps } = parsed;
  const join = (ws: readonly string[]) =>
    ws.map((w, i) => (i === 0 ? w : GAP_TEXT[gaps[i - 1] as GapKind] + w)).join('');
  const caseCount = inflection.classes[0]?.cases.length ?? 0;
  const forms: string[] = [];
  for (let k = 0; k < caseCount; k++) {
    const inflected = words.map((word, i) => {
      const last = i === words.length - 1;
      if (isLowerCase(word) || (inflection.words === 'last' && !last)) return word;
      const wordClass = classOf(inflection, word, last);
      if (!wordClass) return word;
      return word.slice(0, word.length - wordClass.ends.length) + wordClass.cases[k];
    });
    forms.push(join(inflected));
  }
  const prefixed = (inflection.prefixes ?? []).flatMap((prefix) =>
    [name, ...forms].map((form) => prefix + form),
  );
  const leaveOut = inflection.leaveOut ?? {};
  return [...forms, ...prefixed].filter((form) => form !== name && !(form in leaveOut));
}

/**
 * Every spelling of `entity` in other languages: its form sets' names and their cases. A name
 * the entity already has as an alias carries no form; each spelling is listed once. A case of a
 * language that counts only in its own text ({@link Inflection.only}) lists the languages it is
 * a case in ("Putina": Polish, Czech, Slovak), '' for text of no said language; made anywhere
 * else as well (a name, a case of Russian), it counts everywhere.
 */
export function expandForms(
  entity: Entity,
  inflections: Readonly<Partial<Record<string, Inflection>>>,
): AliasVariant[] {
  const own = new Set(entity.aliases.map((alias) => alias.toLowerCase()));
  const made = new Map<string, AliasVariant | null>(entity.aliases.map((alias) => [alias, null]));
  const add = (alias: string, set: FormSet, base: string, inflected: boolean) => {
    const inflection = inflections[set.lang];
    const only = inflected ? inflection?.only : undefined;
    const langs = only ? [set.lang, ...(only === 'lang-or-unsaid' ? [''] : [])] : undefined;
    const known = made.get(alias);
    if (known !== undefined) {
      if (known?.langs) {
        if (langs) known.langs = [...new Set([...known.langs, ...langs])];
        else delete known.langs;
      }
      return;
    }
    const variant: AliasVariant = {
      alias,
      ...(own.has(base.toLowerCase()) ? {} : { form: base, lang: set.lang }),
      ...(inflected && inflection?.notAfter ? { notAfter: inflection.notAfter } : {}),
      ...(langs ? { langs } : {}),
    };
    made.set(alias, variant);
  };
  for (const set of entity.forms ?? []) {
    for (const name of set.names) {
      add(name, set, name, false);
      for (const form of inflect(name, inflections[set.lang])) add(form, set, name, true);
    }
  }
  return [...made.values()].filter((variant) => variant !== null);
}
