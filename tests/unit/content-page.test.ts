import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileStoredMatcher } from '../../lib/knowledge/compile-stored-matcher';
import { MATCHER_FORMAT, type StoredMatcher } from '../../lib/knowledge/stored-matcher';
import type { PageSummary } from '../../lib/messages';
import { startContentPage } from '../../lib/page/content-page';
import { DEFAULT_SETTINGS, type Settings, withSitePaused } from '../../lib/settings';
import type { EntityKind } from '../../lib/text/types';
import {
  type FakeHighlight,
  highlightedTexts,
  installFakeHighlights,
} from '../support/fake-highlights';

const PAGE = '<p>Secretary Kerry flew to Moscow to meet Vladimir Putin.</p>';
const stored = (...kinds: EntityKind[]) => compileStoredMatcher(new Set(kinds));

let registry: Map<string, FakeHighlight>;
let controller: AbortController;

/** A content page (on PAGE, with people's matcher stored; `null`: none stored), recorded. */
function start(
  settings: Settings,
  {
    matcher = stored('person'),
    html = PAGE,
    answer = Promise.resolve(undefined),
  }: {
    matcher?: StoredMatcher | null;
    html?: string;
    /** What the background answers a request for a matcher with. */
    answer?: Promise<StoredMatcher | undefined>;
  } = {},
) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const reports: PageSummary[] = [];
  let requests = 0;
  const page = startContentPage({
    hostname: 'news.test',
    settings,
    matcher: matcher ?? undefined,
    loadCardView: () => Promise.reject(new Error('no card in these tests')),
    report: (summary) => reports.push(summary),
    requestMatcher: () => {
      requests++;
      return answer;
    },
    signal: controller.signal,
  });
  const summary = () => page.handle({ type: 'getPageSummary', data: undefined });
  return { page, reports, summary, requests: () => requests };
}

const texts = (name: string) => highlightedTexts(registry, name);

beforeEach(() => {
  registry = installFakeHighlights();
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

describe('startContentPage', () => {
  it('highlights with the stored matcher and answers the popup with the counts', async () => {
    const { summary, requests } = start(DEFAULT_SETTINGS);
    expect(await summary()).toMatchObject({
      state: 'active',
      hostname: 'news.test',
      total: 2,
      entities: [
        { entityId: 'john-kerry', count: 1 },
        { entityId: 'vladimir-putin', count: 1 },
      ],
    });
    expect(texts('backstory-person')).toEqual(['Secretary Kerry', 'Vladimir Putin']);
    expect(requests()).toBe(0);
  });

  it.each([
    ['none is stored', null],
    ['one of another build is stored', { ...stored('person'), format: MATCHER_FORMAT + 1 }],
  ])('asks once for a matcher when %s, and highlights when it comes', async (_, matcher) => {
    const { page, summary, requests } = start(DEFAULT_SETTINGS, { matcher });
    expect(requests()).toBe(1);
    // Each settings change asks again while none has come: a request may have been lost.
    page.setSettings({ ...DEFAULT_SETTINGS, hoverDelayMs: 500 });
    expect(requests()).toBe(2);
    expect(await summary()).toMatchObject({ state: 'active', total: 0 });
    page.setMatcher(stored('person'));
    expect(await summary()).toMatchObject({ total: 2 });
  });

  it('highlights with the matcher the background answers with, no storage event needed', async () => {
    // A page that read storage just before the background stored the matcher may never see the
    // storage event (CI: a first page stayed bare); the answer to its request carries it.
    const { summary, requests } = start(DEFAULT_SETTINGS, {
      matcher: null,
      answer: Promise.resolve(stored('person')),
    });
    expect(requests()).toBe(1);
    await Promise.resolve();
    expect(await summary()).toMatchObject({ total: 2 });
    expect(texts('backstory-person')).toEqual(['Secretary Kerry', 'Vladimir Putin']);
  });

  it('takes no answer twice: one that repeats the stored event leaves the reading alone', async () => {
    const matcher = stored('person');
    let answered!: (value: StoredMatcher) => void;
    const answer = new Promise<StoredMatcher>((resolve) => {
      answered = resolve;
    });
    const { page, summary, reports } = start(DEFAULT_SETTINGS, { matcher: null, answer });
    page.setMatcher(matcher);
    expect(await summary()).toMatchObject({ total: 2 });
    const before = reports.length;
    answered({ ...matcher });
    await answer;
    await Promise.resolve();
    expect(await summary()).toMatchObject({ total: 2 });
    expect(reports.length).toBe(before);
  });

  it('asks for a matcher with a kind switched on, and reads the page again with it', async () => {
    const { page, summary, requests } = start(DEFAULT_SETTINGS);
    await summary();
    const withPlaces = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, place: true } };
    page.setSettings(withPlaces);
    expect(requests()).toBe(1);
    // Meanwhile the people stay highlighted.
    expect(await summary()).toMatchObject({ total: 2 });
    page.setMatcher(stored('person', 'place'));
    expect(await summary()).toMatchObject({ total: 3 });
    expect(texts('backstory-place')).toEqual(['Moscow']);
  });

  it('keeps its matcher when a kind is switched off: the kind is hidden at once', async () => {
    const withPlaces = { ...DEFAULT_SETTINGS, kinds: { ...DEFAULT_SETTINGS.kinds, place: true } };
    const { page, summary, requests } = start(withPlaces, { matcher: stored('person', 'place') });
    expect(await summary()).toMatchObject({ total: 3 });
    page.setSettings(DEFAULT_SETTINGS);
    expect(await summary()).toMatchObject({ total: 2 });
    expect(requests()).toBe(0);
  });

  it('does nothing on a paused site, and stops and reports when paused later', async () => {
    const paused = start(withSitePaused(DEFAULT_SETTINGS, 'news.test', true));
    expect(await paused.summary()).toMatchObject({ state: 'paused', total: 0 });
    expect(registry.size).toBe(0);
    controller.abort();

    const { page, summary, reports } = start(DEFAULT_SETTINGS);
    await summary();
    page.setSettings({ ...DEFAULT_SETTINGS, enabled: false });
    expect(reports.at(-1)).toMatchObject({ state: 'off', total: 0 });
    expect(texts('backstory-person')).toEqual([]);
  });

  it('removes every highlight when the extension goes away', async () => {
    const { summary } = start(DEFAULT_SETTINGS);
    await summary();
    controller.abort();
    expect(texts('backstory-person')).toEqual([]);
  });

  it('follows the pointer only from the first mention on', async () => {
    const listening = vi.spyOn(document, 'addEventListener');
    const pointerListeners = () =>
      listening.mock.calls.filter(([type]) => type === 'pointermove' || type === 'pointerup');
    try {
      const quiet = start(DEFAULT_SETTINGS, { html: '<p>Nothing to see here.</p>' });
      await quiet.summary();
      expect(pointerListeners()).toEqual([]);
      document.body.insertAdjacentHTML('beforeend', '<p>Then Putin spoke.</p>');
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(await quiet.summary()).toMatchObject({ total: 1 });
      expect(pointerListeners().map(([type]) => type)).toEqual(['pointermove', 'pointerup']);
    } finally {
      listening.mockRestore();
    }
  });
});
