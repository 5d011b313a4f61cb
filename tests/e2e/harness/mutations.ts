// Judging the DOM mutations a page's recorder saw (tests/fixtures/record-mutations.js,
// the corpus observer): Backstory may add one node to a page, the card's host, and nothing else.

/** A DOM mutation as the pages' recorders write it down. Nodes are named `localName#id`. */
export interface RecordedMutation {
  type: string;
  target: string;
  /** Where the target is (the recorder's choice: the nearest id, or a path); for reports. */
  where?: string;
  attribute: string | null;
  added: string[];
  removed: string[];
}

/** The prefix of every element Backstory creates (lib/page/elements.ts `OWN_PREFIX`). */
export const OWN_PREFIX = 'backstory-';
/** Where the card's host goes: the last child of `<html>` (lib/page/shadow-host.ts). */
export const HOST_PARENT = 'html';

const localName = (name: string) => name.split('#')[0] ?? '';
const isOurs = (name: string) => name.startsWith(OWN_PREFIX);

/** Whether a mutation is to, of, or inside one of our elements (our doing, whoever's page it is). */
export function touchesOurs(m: RecordedMutation): boolean {
  return isOurs(m.target) || m.added.some(isOurs) || m.removed.some(isOurs);
}

/**
 * The mutations Backstory may not have made. Allowed: adding or removing the card's host, one
 * `backstory-*` element at a time as a child of `<html>`, while at most one is in the page (the
 * card recreates it when the page removed it). Everything else is foreign: a `backstory-*`
 * element anywhere else (around page text, in a paragraph), a second host, changes to or inside
 * a host, and any other change, unless `pageMade` says the page itself made it (never one that
 * touches our elements).
 */
export function foreignMutations(
  records: readonly RecordedMutation[],
  pageMade: (m: RecordedMutation) => boolean = () => false,
): RecordedMutation[] {
  const foreign: RecordedMutation[] = [];
  let hosts = 0;
  for (const m of records) {
    const nodes = [...m.added, ...m.removed];
    const isHost =
      m.type === 'childList' &&
      localName(m.target) === HOST_PARENT &&
      nodes.length === 1 &&
      nodes.every(isOurs);
    if (isHost) {
      hosts = Math.max(0, hosts + m.added.length - m.removed.length);
      if (hosts > 1) foreign.push(m);
    } else if (touchesOurs(m) || !pageMade(m)) {
      foreign.push(m);
    }
  }
  return foreign;
}
