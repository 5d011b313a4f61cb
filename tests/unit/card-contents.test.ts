import { describe, expect, it, vi } from 'vitest';
import type { CardContent } from '../../components/HoverCard';
import { createCardContents } from '../../lib/page/card-contents';
import { person } from '../support/library';

const content = (id: string, role = ''): CardContent => ({
  entity: { ...person(id, id), role },
  excerpts: [],
  related: [],
});

describe('createCardContents', () => {
  it('asks once for the entities it does not have, together', async () => {
    const fetch = vi.fn(async (ids: string[]) =>
      Object.fromEntries(ids.map((id) => [id, content(id)])),
    );
    const contents = createCardContents(fetch, () => undefined);
    expect(contents.now('a')).toBeUndefined();
    await Promise.all([contents.load(['a', 'b']), contents.load(['a'])]);
    await contents.load(['b', 'c']);
    expect(fetch.mock.calls).toEqual([[['a', 'b']], [['c']]]);
    expect(contents.now('c')?.entity.id).toBe('c');
  });

  it('falls back to the bundled card when the background does not answer', async () => {
    const contents = createCardContents(
      () => Promise.reject(new Error('Extension context invalidated')),
      (id) => (id === 'vladimir-putin' ? content(id, 'Russian President') : undefined),
    );
    await contents.load(['vladimir-putin', 'nobody']);
    expect(contents.now('vladimir-putin')?.entity.role).toBe('Russian President');
    expect(contents.now('nobody')).toBeUndefined();
  });

  it('forgets everything when the library changes, and drops answers asked for before', async () => {
    const answers: ((role: string) => void)[] = [];
    const fetch = vi.fn(
      (ids: string[]) =>
        new Promise<Record<string, CardContent>>((resolve) => {
          answers.push((role) =>
            resolve(Object.fromEntries(ids.map((id) => [id, content(id, role)]))),
          );
        }),
    );
    const contents = createCardContents(fetch, () => undefined);
    const stale = contents.load(['a']);
    contents.clear();
    const fresh = contents.load(['a']);
    answers[1]?.('new');
    await fresh;
    answers[0]?.('old');
    await stale;
    expect(contents.now('a')?.entity.role).toBe('new');
    expect(fetch).toHaveBeenCalledTimes(2);
  });
});
