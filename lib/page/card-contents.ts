import type { CardContent } from '../../components/HoverCard';

/** Asks for the cards of some entities (the background, which reads the library). */
export type FetchCards = (entityIds: string[]) => Promise<Record<string, CardContent>>;

/** The card contents a page has had, and the means to have more. */
export interface CardContents {
  /** The content of an entity if it is here already. */
  now(entityId: string): CardContent | undefined;
  /** Has the contents of these entities come (one request for those missing). */
  load(entityIds: readonly string[]): Promise<void>;
  /** Forgets every content (the library changed). */
  clear(): void;
}

/**
 * The cards' contents of one page, asked for once each: from the background (`fetch`), or, when
 * it cannot answer (the extension was updated meanwhile), from `fallback` (the bundled article,
 * which the card module carries).
 */
export function createCardContents(
  fetch: FetchCards,
  fallback: (entityId: string) => CardContent | undefined,
): CardContents {
  let known = new Map<string, CardContent | null>();
  const pending = new Map<string, Promise<void>>();
  return {
    now: (entityId) => known.get(entityId) ?? undefined,
    async load(entityIds) {
      const missing = [...new Set(entityIds)].filter((id) => !known.has(id) && !pending.has(id));
      if (missing.length > 0) {
        const into = known;
        const request = fetch(missing)
          .catch(() => Object.fromEntries(missing.map((id) => [id, fallback(id)])))
          .then((cards: Record<string, CardContent | undefined>) => {
            // Answers to a request made before `clear()` are not kept.
            for (const id of missing) {
              if (into === known) known.set(id, cards[id] ?? null);
              if (pending.get(id) === request) pending.delete(id);
            }
          });
        for (const id of missing) pending.set(id, request);
      }
      await Promise.all(entityIds.map((id) => pending.get(id)));
    },
    clear() {
      known = new Map();
      pending.clear();
    },
  };
}
