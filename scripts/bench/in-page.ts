/** Helpers shared by the in-page harness modules (they run in the page, not in Node). */
import { ENTITIES } from '../../data/entities';
import { ENTITY_KINDS } from '../../data/types';
import { rulesFromEntities } from '../../lib/text/rules';
import type { MatchRule } from '../../lib/text/types';
import { paragraphText, syntheticNames } from './synthetic';
import type { MatcherChoice } from './types';

/** The page's clock. */
export const now = () => performance.now();
/** `requestAnimationFrame` as the page had it, before any patching. */
export const realRaf = window.requestAnimationFrame.bind(window);
/** Resolves on the next animation frame. */
export const frame = () => new Promise<void>((resolve) => realRaf(() => resolve()));
/** Resolves after `ms`. */
export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
/** Two frames and 50 ms of quiet. */
export async function settle(): Promise<void> {
  await frame();
  await frame();
  await sleep(50);
}
/** The kinds the content script shows by default. */
export const PEOPLE_ONLY = new Set(['person'] as const);

/** Every kind, for the scans with all of them switched on. */
export const ALL_KINDS = new Set(ENTITY_KINDS);

/** The rules of a {@link MatcherChoice}. */
export function rulesFor(choice: MatcherChoice): MatchRule[] {
  if (choice === 'allKinds') return rulesFromEntities(ENTITIES);
  const rules = rulesFromEntities(ENTITIES, { kinds: PEOPLE_ONLY });
  if (choice === 'real') return rules;
  const extra = syntheticNames(10_000).map(
    (alias, i): MatchRule => ({
      entityId: `synthetic-${i}`,
      kind: 'person',
      alias,
      notAfter: [],
      notBefore: [],
    }),
  );
  return [...rules, ...extra];
}

/** Appends generated paragraphs `from..from+count-1` to the body, one `<p>` at a time. */
export function appendParagraphs(count: number, from: number): number {
  for (let i = from; i < from + count; i++) {
    const p = document.createElement('p');
    p.textContent = paragraphText(i);
    document.body.append(p);
  }
  return document.body.childElementCount;
}
