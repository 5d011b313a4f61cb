import type { ExtractedPerson } from './types';

/** A hand-labelled person of people-gold.json. */
export interface GoldPerson {
  /** The fullest form in the article. */
  name: string;
  /** Every form used, as written. */
  forms: readonly string[];
  /** The title or role the article attaches, verbatim, or null. */
  role: string | null;
}

/** What one page's extraction is scored against. */
export interface GoldPage {
  /** Every person the text names. */
  people: readonly GoldPerson[];
  /** Names found only in bylines and credits: neither right nor wrong when extracted. */
  bylines: readonly string[];
}

/** A paired person whose extracted role is not the labelled one. */
export interface WrongRole {
  /** The gold person's name. */
  name: string;
  /** The role extracted, or null. */
  extracted: string | null;
  /** The labelled role. */
  gold: string;
}

/** The score of one page's extraction. */
export interface PeopleScore {
  /** Gold people paired with an extracted person. */
  paired: number;
  /** All gold people. */
  gold: number;
  /** Extracted people counted for precision (those matching only a byline left out). */
  extracted: number;
  /** Paired gold people with a role. */
  withRole: number;
  /** Of those, the ones whose extracted role is right. */
  rightRoles: number;
  /** Gold people no extracted person was paired with. */
  missed: string[];
  /** Extracted people paired with no gold person (splits included), bylines left out. */
  falsePositives: string[];
  /** Paired people with a wrong role. */
  wrongRoles: WrongRole[];
}

/** A name as the scoring compares it (corpus README, "Scoring an extraction against it", step 1). */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/(?:['’]s|['’])\s*$/u, '')
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** A role as the scoring compares it: lower case, punctuation removed, whitespace collapsed. */
export function normalizeRole(role: string): string {
  return role
    .toLowerCase()
    .replace(/\p{P}+/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Whether the words of `short` occur in order, side by side, among the words of `long`. */
function containsWords(long: string[], short: string[]): boolean {
  for (let i = 0; i + short.length <= long.length; i++) {
    if (short.every((word, j) => long[i + j] === word)) return true;
  }
  return false;
}

/** Whether an extracted role counts as the labelled one (step 4 of the rule). */
export function isRoleRight(extracted: string | null, gold: string): boolean {
  if (extracted === null) return false;
  const a = normalizeRole(extracted);
  const b = normalizeRole(gold);
  if (a === b) return true;
  const aw = a.split(' ').filter(Boolean);
  const bw = b.split(' ').filter(Boolean);
  if (aw.length === 0 || bw.length === 0) return false;
  const [long, short] = aw.length >= bw.length ? [aw, bw] : [bw, aw];
  if (!containsWords(long, short)) return false;
  return short.length >= 2 || bw.length === 1;
}

/** Every normalised form of an extracted person: display name and aliases. */
function extractedForms(person: ExtractedPerson): Set<string> {
  return new Set([person.name, ...person.aliases].map(normalizeName));
}

/** Every normalised form of a gold person: name and forms. */
function goldForms(person: GoldPerson): Set<string> {
  return new Set([person.name, ...person.forms].map(normalizeName));
}

/** Whether two sets of normalised forms share one. */
function intersects(a: Set<string>, b: Set<string>): boolean {
  for (const form of a) if (b.has(form)) return true;
  return false;
}

/**
 * Pairs extracted people with gold people one to one, greedily: first where the display name equals
 * the gold name, then on any shared form, each in extraction order. Returns gold index per extracted
 * person, or -1.
 */
export function pairPeople(
  extracted: readonly ExtractedPerson[],
  gold: readonly GoldPerson[],
): number[] {
  const ex = extracted.map(extractedForms);
  const gf = gold.map(goldForms);
  const pairOf = extracted.map(() => -1);
  const taken = gold.map(() => false);
  extracted.forEach((person, i) => {
    const name = normalizeName(person.name);
    const g = gold.findIndex(
      (goldPerson, j) => !taken[j] && normalizeName(goldPerson.name) === name,
    );
    if (g >= 0) {
      pairOf[i] = g;
      taken[g] = true;
    }
  });
  extracted.forEach((_, i) => {
    if (pairOf[i] !== -1) return;
    const forms = ex[i] as Set<string>;
    const g = gf.findIndex((goldSet, j) => !taken[j] && intersects(forms, goldSet));
    if (g >= 0) {
      pairOf[i] = g;
      taken[g] = true;
    }
  });
  return pairOf;
}

/** Scores one page's extracted people against its gold labels (corpus README rule). */
export function scorePeople(extracted: readonly ExtractedPerson[], page: GoldPage): PeopleScore {
  const pairOf = pairPeople(extracted, page.people);
  const bylines = new Set(page.bylines.map(normalizeName));
  const score: PeopleScore = {
    paired: 0,
    gold: page.people.length,
    extracted: 0,
    withRole: 0,
    rightRoles: 0,
    missed: [],
    falsePositives: [],
    wrongRoles: [],
  };
  const pairedGold = new Set<number>();
  extracted.forEach((person, i) => {
    const g = pairOf[i] ?? -1;
    const goldPerson = page.people[g];
    if (goldPerson === undefined) {
      if (intersects(extractedForms(person), bylines)) return;
      score.extracted++;
      score.falsePositives.push(person.name);
      return;
    }
    score.extracted++;
    score.paired++;
    pairedGold.add(g);
    if (goldPerson.role === null) return;
    score.withRole++;
    if (isRoleRight(person.role, goldPerson.role)) score.rightRoles++;
    else
      score.wrongRoles.push({
        name: goldPerson.name,
        extracted: person.role,
        gold: goldPerson.role,
      });
  });
  page.people.forEach((goldPerson, g) => {
    if (!pairedGold.has(g)) score.missed.push(goldPerson.name);
  });
  return score;
}
