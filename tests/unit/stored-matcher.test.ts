import { describe, expect, it } from 'vitest';
import {
  compileStoredMatcher,
  isStoredMatcherFor,
} from '../../lib/knowledge/compile-stored-matcher';
import {
  keepMatcherCompiled,
  type LocalStorageArea,
} from '../../lib/knowledge/keep-matcher-compiled';
import { MATCHER_FORMAT, MATCHER_KEY, storedMatcherData } from '../../lib/knowledge/stored-matcher';
import { DEFAULT_SETTINGS, SETTINGS_KEY } from '../../lib/settings';
import { findMentions } from '../../lib/text/find-mentions';
import { matcherFromData } from '../../lib/text/matcher-data';

/** An in-memory storage area that counts writes and copies values as storage does. */
function memoryArea(initial: Record<string, unknown> = {}) {
  const items = structuredClone(initial);
  const writes: Record<string, unknown>[] = [];
  const area: LocalStorageArea = {
    async get(keys) {
      return Object.fromEntries(keys.filter((k) => k in items).map((k) => [k, items[k]]));
    },
    async set(values) {
      writes.push(values);
      Object.assign(items, structuredClone(values));
    },
  };
  return { area, items, writes };
}

const SENTENCE = 'Secretary Kerry met Vladimir Putin in Moscow, Russia, before the UN vote.';

describe('compileStoredMatcher', () => {
  it('survives storage (a structured clone) and finds the kinds asked for, only those', () => {
    const stored = structuredClone(compileStoredMatcher(new Set(['place', 'person'])));
    // What the content script tests a page's text with first: every name's longest word.
    expect(new RegExp(stored.presence).test('in the KERRY campaign')).toBe(true);
    expect(new RegExp(stored.presence).test('weather, sport, markets')).toBe(false);
    expect(stored.format).toBe(MATCHER_FORMAT);
    expect(stored.kinds).toEqual(['person', 'place']);
    const kinds = findMentions(matcherFromData(storedMatcherData(stored)), SENTENCE).map(
      (m) => m.kind,
    );
    expect(new Set(kinds)).toEqual(new Set(['person', 'place']));
  });

  it.each([
    ['the same kinds', { format: MATCHER_FORMAT, kinds: ['person'] }, true],
    ['other kinds', { format: MATCHER_FORMAT, kinds: ['person', 'place'] }, false],
    ['another format', { format: MATCHER_FORMAT + 1, kinds: ['person'] }, false],
    ['no kinds', { format: MATCHER_FORMAT }, false],
    ['nothing', undefined, false],
    ['a string', 'matcher', false],
  ])('a stored value with %s fits the people-only settings: %s', (_, stored, fits) => {
    expect(isStoredMatcherFor(stored, new Set(['person']))).toBe(fits);
  });
});

describe('keepMatcherCompiled', () => {
  it('compiles the matcher of the kinds shown when none is stored, once', async () => {
    const { area, items, writes } = memoryArea();
    const keeper = keepMatcherCompiled(area);
    await Promise.all([keeper.ensure(), keeper.ensure()]);
    await keeper.ensure();
    expect(writes).toHaveLength(1);
    expect(isStoredMatcherFor(items[MATCHER_KEY], new Set(['person']))).toBe(true);
  });

  it('compiles again when the settings show other kinds, and not when they do not', async () => {
    const { area, items, writes } = memoryArea();
    const keeper = keepMatcherCompiled(area);
    await keeper.ensure();
    await area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, hoverDelayMs: 500 } });
    await keeper.ensure();
    expect(writes.filter((w) => MATCHER_KEY in w)).toHaveLength(1);
    const kinds = { person: true, place: false, organization: true };
    await area.set({ [SETTINGS_KEY]: { ...DEFAULT_SETTINGS, kinds } });
    await keeper.ensure();
    expect(writes.filter((w) => MATCHER_KEY in w)).toHaveLength(2);
    expect((items[MATCHER_KEY] as { kinds: string[] }).kinds).toEqual(['organization', 'person']);
  });

  it('compiles afresh after an install or update, whatever is stored', async () => {
    const { area, writes } = memoryArea();
    const keeper = keepMatcherCompiled(area);
    await keeper.ensure();
    await keeper.ensure();
    expect(writes).toHaveLength(1);
    // The names of the version before may differ with the same format and kinds.
    await keeper.ensure(true);
    expect(writes).toHaveLength(2);
  });

  it('answers a page’s request with the stored matcher once it is compiled', async () => {
    const { area, items, writes } = memoryArea();
    const keeper = keepMatcherCompiled(area);
    // An install's compile is under way when the page asks: the answer waits for it.
    const installing = keeper.ensure(true);
    const answer = await keeper.stored();
    await installing;
    expect(writes).toHaveLength(1);
    expect(answer).toBe(items[MATCHER_KEY]);
    expect(isStoredMatcherFor(answer, new Set(['person']))).toBe(true);
  });

  it('replaces a matcher of another build’s format', async () => {
    const old = { ...compileStoredMatcher(new Set(['person'])), format: MATCHER_FORMAT - 1 };
    const { area, items } = memoryArea({ [MATCHER_KEY]: old });
    await keepMatcherCompiled(area).ensure();
    expect((items[MATCHER_KEY] as { format: number }).format).toBe(MATCHER_FORMAT);
  });

  it('keeps going after a storage error', async () => {
    const { area, items } = memoryArea();
    let fail = true;
    const flaky: LocalStorageArea = {
      get: (keys) => (fail ? Promise.reject(new Error('quota')) : area.get(keys)),
      set: (values) => area.set(values),
    };
    const keeper = keepMatcherCompiled(flaky);
    await keeper.ensure();
    expect(items[MATCHER_KEY]).toBeUndefined();
    fail = false;
    await keeper.ensure();
    expect(items[MATCHER_KEY]).toBeDefined();
  });

  it('compiles the names it is given (the library’s), and the bundled ones when they cannot be read', async () => {
    const merkel = {
      id: 'angela-merkel',
      name: 'Angela Merkel',
      kind: 'person' as const,
      aliases: ['Angela Merkel', 'Merkel'],
      role: 'Chancellor',
      background: [],
    };
    const ids = (stored: unknown, text: string) =>
      findMentions(
        matcherFromData(storedMatcherData(stored as Parameters<typeof storedMatcherData>[0])),
        text,
      ).map((m) => m.entityId);
    const { area, items } = memoryArea();
    await keepMatcherCompiled(area, async () => [merkel]).ensure(true);
    expect(ids(items[MATCHER_KEY], 'Merkel met Putin.')).toEqual(['angela-merkel']);
    await keepMatcherCompiled(area, () => Promise.reject(new Error('broken'))).ensure(true);
    expect(ids(items[MATCHER_KEY], 'Merkel met Putin.')).toEqual(['vladimir-putin']);
    // A name the matcher cannot take does not leave pages with nothing.
    const broken = { ...merkel, aliases: ['Angela Merkel.'] };
    await keepMatcherCompiled(area, async () => [merkel, broken]).ensure(true);
    expect(ids(items[MATCHER_KEY], 'Merkel met Putin.')).toEqual(['vladimir-putin']);
  });

  it('stores a new value on every compile, so pages hear of a library edit that kept the names', async () => {
    const { area, writes } = memoryArea();
    const keeper = keepMatcherCompiled(area);
    await keeper.ensure(true);
    await new Promise((resolve) => setTimeout(resolve, 2));
    await keeper.ensure(true);
    const [first, second] = writes.map((w) => w[MATCHER_KEY] as { compiledAt: number });
    expect(second?.compiledAt).toBeGreaterThan(first?.compiledAt ?? Infinity);
  });

  it('looks again after changes to the settings or the matcher only', () => {
    const keeper = keepMatcherCompiled(memoryArea().area);
    expect(keeper.affectedBy({ [SETTINGS_KEY]: {} })).toBe(true);
    expect(keeper.affectedBy({ [MATCHER_KEY]: {} })).toBe(true);
    expect(keeper.affectedBy({ other: {} })).toBe(false);
  });
});
