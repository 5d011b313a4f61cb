import { ENTITIES } from '../../data/entities';
import type { Entity } from '../../data/types';
import { SETTINGS_KEY, sanitizeSettings, visibleKinds } from '../settings';
import type { EntityKind } from '../text/types';
import { compileStoredMatcher, isStoredMatcherFor } from './compile-stored-matcher';
import { MATCHER_KEY, type StoredMatcher } from './stored-matcher';

/**
 * The matcher of `names`, or, if they cannot be compiled (a library record the checks of its day
 * let through), of the bundled names: a page keeps finding those rather than nothing.
 */
function compileOrBundled(kinds: ReadonlySet<EntityKind>, names: readonly Entity[]) {
  try {
    return compileStoredMatcher(kinds, names);
  } catch {
    return compileStoredMatcher(kinds);
  }
}

/** The part of `browser.storage.local` this needs. */
export interface LocalStorageArea {
  get(keys: string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

/**
 * Keeps the stored matcher (what every content script loads) compiled for the kinds the
 * settings show and the names of the articles switched on (`entities`, the bundled article's
 * alone by default): `ensure()` compiles and stores it when it is missing, of another build's
 * format or for other kinds; `ensure(true)` when the names changed. Calls are queued, so a burst
 * of changes compiles once per state. Names that cannot be read (a broken library) fall back to
 * the bundled article's: a page still finds those.
 */
export function keepMatcherCompiled(
  area: LocalStorageArea,
  entities: () => Promise<readonly Entity[]> = async () => ENTITIES,
) {
  let queue: Promise<void> = Promise.resolve();
  async function check(always: boolean) {
    const stored = await area.get([SETTINGS_KEY, MATCHER_KEY]);
    const kinds = visibleKinds(sanitizeSettings(stored[SETTINGS_KEY]));
    if (!always && isStoredMatcherFor(stored[MATCHER_KEY], kinds)) return;
    const names = await entities().catch(() => ENTITIES);
    await area.set({ [MATCHER_KEY]: compileOrBundled(kinds, names) });
  }
  return {
    /**
     * Resolves once the stored matcher fits the settings (errors are swallowed: next time).
     * `always`: compile anyway — the library changed, or after an install or update, whose
     * names may differ from those of the matcher stored before (the format alone does not tell).
     */
    ensure(always = false): Promise<void> {
      queue = queue.then(() => check(always)).catch(() => {});
      return queue;
    },
    /** The stored matcher, once it fits the settings (what a page that asked for one is sent). */
    async stored(): Promise<StoredMatcher | undefined> {
      await this.ensure();
      return (await area.get([MATCHER_KEY]))[MATCHER_KEY] as StoredMatcher | undefined;
    },
    /** Whether a storage change may call for another matcher. */
    affectedBy(changes: Record<string, unknown>): boolean {
      return SETTINGS_KEY in changes || MATCHER_KEY in changes;
    },
  };
}
