import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compileStoredMatcher } from '../../lib/knowledge/compile-stored-matcher';
import { MATCHER_FORMAT, type StoredMatcher } from '../../lib/knowledge/stored-matcher';
import type { PageSummary } from '../../lib/messages';
import { createCardController } from '../../lib/page/card-controller';
import { type PageParts, startContentPage } from '../../lib/page/content-page';
import { startSession } from '../../lib/page/page-session';
import * as shadowModule from '../../lib/page/shadow-module';
import { DEFAULT_SETTINGS, type Settings, withSitePaused } from '../../lib/settings';
import { matcherFromData } from '../../lib/text/matcher-data';
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
    unloadable = false,
  }: {
    matcher?: StoredMatcher | null;
    /** The page module cannot be imported (the extension went away). */
    unloadable?: boolean;
    html?: string;
    /** What the background answers a request for a matcher with. */
    answer?: Promise<StoredMatcher | undefined>;
  } = {},
) {
  document.body.innerHTML = html;
  controller = new AbortController();
  const reports: PageSummary[] = [];
  let requests = 0;
  let loads = 0;
  // The page module's parts, as entrypoints/content/page-module.ts makes them.
  const parts: PageParts = {
    matcherFrom: (from) => matcherFromData({ ...JSON.parse(from.index), ...from }),
    startSession: (options) =>
      startSession({ ...options, loadShadowModule: async () => shadowModule }),
    createCard: (dwellMs, signal) =>
      createCardController({
        loadView: () => Promise.reject(new Error('no card in these tests')),
        dwellMs,
        signal,
      }),
  };
  const page = startContentPage({
    hostname: 'news.test',
    settings,
    matcher: matcher ?? undefined,
    loadParts: async () => {
      loads++;
      if (unloadable) throw new Error('Extension context invalidated.');
      return parts;
    },
    requestMatcher: () => {
      requests++;
      return answer;
    },
    sendSummary: (summary) => reports.push(summary),
    signal: controller.signal,
  });
  const summary = () => page.handle({ type: 'getPageSummary', data: undefined });
  return { page, reports, summary, requests: () => requests, loads: () => loads };
}

const texts = (name: string) => highlightedTexts(registry, name);

/** A `<b>` holding `text`. */
function bold(text: string): HTMLElement {
  const element = document.createElement('b');
  element.textContent = text;
  return element;
}

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

  it('imports nothing on a page without names, until text with one arrives', async () => {
    const { summary, loads } = start(DEFAULT_SETTINGS, {
      html: '<p>Nothing about Kerryville or Obamacare here.</p>',
    });
    // "Kerryville" holds a name's word: worth a look by the page module, which finds no name.
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ state: 'active', total: 0 });
    controller.abort();

    const quiet = start(DEFAULT_SETTINGS, { html: '<p>Nothing to see here.</p>' });
    expect(await quiet.summary()).toEqual({
      state: 'active',
      hostname: 'news.test',
      total: 0,
      entities: [],
    });
    const copy = await quiet.page.handle({ type: 'pageCopy', data: undefined });
    expect(copy).toEqual([document.URL, document.documentElement.outerHTML]);
    const paragraph = document.createElement('p');
    paragraph.textContent = 'Weather, sport, markets.';
    document.body.append(paragraph);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(quiet.loads()).toBe(0);
    // Typed in two steps into text already there: its element is looked at whole.
    const text = paragraph.firstChild as Text;
    text.data = 'Then Pu';
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(quiet.loads()).toBe(0);
    paragraph.append('tin spoke.');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(quiet.loads()).toBe(1);
    expect(await quiet.summary()).toMatchObject({ total: 1 });
    expect(texts('backstory-person')).toEqual(['Putin']);
  });

  it.each([
    ['split across elements', '<p>Secretary <b>Ker</b>ry</p>'],
    ['with a soft hyphen', '<p>Pu\u00adtin</p>'],
    ['in ALL CAPS', '<h1>KERRY IN MOSCOW</h1>'],
    ['in another script', '<p>Путина</p>'],
  ])('imports the reading for a name %s', async (_, html) => {
    const { loads, summary } = start(DEFAULT_SETTINGS, { html });
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ total: 1 });
  });

  it('leaves a page with web components to the page module, which reads their roots', async () => {
    const host = (html: string) => {
      const element = document.createElement('div');
      element.attachShadow({ mode: 'open' }).innerHTML = html;
      return element;
    };
    const { loads, summary } = start(DEFAULT_SETTINGS, { html: '<p>Nothing here.</p>' });
    expect(loads()).toBe(0);
    // A root's text is not the page's `textContent`: a component coming is enough.
    document.body.append(host('<p>Lavrov said.</p>'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ total: 1 });
  });

  /** Changes a page in one step, or in two (the second returned): each must be looked at whole. */
  type Change = (paragraph: HTMLElement) => (() => void) | undefined;
  it.each<[string, Change]>([
    [
      'an inline element after the text it completes',
      (p) => {
        p.append(bold('tin'));
        return undefined;
      },
    ],
    [
      'a change to the text of an inline element beside it',
      (p) => {
        const b = bold('x');
        p.append(b);
        return () => {
          (b.firstChild as Text).data = 'tin';
        };
      },
    ],
    [
      'text added straight into the body beside a name begun there',
      () => {
        document.body.append('Pu');
        return () => document.body.append('tin spoke.');
      },
    ],
  ])('sees a name completed later by %s', async (_, change) => {
    const { loads, summary } = start(DEFAULT_SETTINGS, { html: '<p>Then <i>Pu</i></p>' });
    const paragraph = document.querySelector('p') as HTMLElement;
    const next = change(paragraph);
    await new Promise((resolve) => setTimeout(resolve, 0));
    if (next) {
      expect(loads()).toBe(0);
      next();
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ total: 1 });
  });

  it('looks at nothing around an added script or image (pages add them by the dozen)', async () => {
    const { loads } = start(DEFAULT_SETTINGS, { html: '<p>Nothing here.</p>' });
    const script = document.createElement('script');
    script.textContent = 'track("Putin")';
    document.body.append(script, document.createElement('img'));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads()).toBe(0);
  });

  it('leaves the page as it was, and still answers, when the page module cannot be imported', async () => {
    const { summary, loads } = start(DEFAULT_SETTINGS, { unloadable: true });
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ state: 'active', total: 0 });
    expect(registry.size).toBe(0);
  });

  it('takes the answer to its request though the names are the same (another format)', async () => {
    const old = { ...stored('person'), format: MATCHER_FORMAT - 1, compiledAt: 1 };
    const { summary, requests } = start(DEFAULT_SETTINGS, {
      matcher: old,
      answer: Promise.resolve({ ...stored('person'), index: old.index }),
    });
    expect(requests()).toBe(1);
    await Promise.resolve();
    expect(await summary()).toMatchObject({ total: 2 });
  });

  it('starts nothing when an answer comes after the extension went away', async () => {
    let answered!: (value: StoredMatcher) => void;
    const answer = new Promise<StoredMatcher>((resolve) => {
      answered = resolve;
    });
    const { loads } = start(DEFAULT_SETTINGS, { matcher: null, answer });
    controller.abort();
    answered(stored('person'));
    await answer;
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads()).toBe(0);
    expect(registry.size).toBe(0);
  });

  it('imports the reading where a custom element may still get a shadow root', async () => {
    const { loads } = start(DEFAULT_SETTINGS, { html: '<my-widget>Weather</my-widget>' });
    expect(loads()).toBe(1);
  });

  it('imports nothing on a paused site, and reads it once unpaused', async () => {
    const paused = withSitePaused(DEFAULT_SETTINGS, 'news.test', true);
    const { page, loads, summary } = start(paused);
    expect(loads()).toBe(0);
    expect(await summary()).toMatchObject({ state: 'paused', total: 0 });
    document.body.insertAdjacentHTML('beforeend', '<p>Obama spoke.</p>');
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(loads()).toBe(0);
    page.setSettings(DEFAULT_SETTINGS);
    expect(loads()).toBe(1);
    expect(await summary()).toMatchObject({ state: 'active', total: 3 });
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
