import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { OBSERVER_SCRIPT } from '../e2e/corpus/observer';
import { foreignMutations, type RecordedMutation } from '../e2e/harness/mutations';
import FIXTURE_RECORDER from '../fixtures/record-mutations.js?raw';

const m = (
  target: string,
  added: string[] = [],
  removed: string[] = [],
  type = 'childList',
): RecordedMutation => ({ type, target, attribute: null, added, removed });

describe('foreignMutations: the card’s host and nothing else', () => {
  it('allows the host added to <html>, removed by the page and added again', () => {
    const records = [
      m('html', ['backstory-card']),
      m('html', [], ['backstory-card']),
      m('html', ['backstory-card']),
    ];
    expect(foreignMutations(records)).toEqual([]);
  });

  it.each([
    ['a second host', [m('html', ['backstory-card']), m('html', ['backstory-card'])], 1],
    ['two hosts at once', [m('html', ['backstory-card', 'backstory-card'])], 1],
    ['a host in <body>', [m('body', ['backstory-card'])], 1],
    ['an element of ours in a paragraph', [m('p', ['backstory-mark'])], 1],
    [
      'an element of ours wrapped around page text',
      [m('p', ['backstory-mark'], ['#text']), m('backstory-mark', ['#text'])],
      2,
    ],
    [
      'an attribute on the host',
      [{ ...m('backstory-card', [], [], 'attributes'), attribute: 'style' }],
      1,
    ],
    ['a page element added next to the host', [m('html', ['backstory-card', 'div'])], 1],
    ['a <mark> in a paragraph', [m('p', ['mark'])], 1],
    ['edited text', [m('#text', [], [], 'characterData')], 1],
  ])('fails %s', (_, records, count) => {
    expect(foreignMutations(records)).toHaveLength(count);
  });

  it('lets the page’s own changes through, but never one that touches our elements', () => {
    const records = [m('ul', ['li']), m('ul', ['backstory-mark'])];
    expect(foreignMutations(records, (r) => r.target === 'ul')).toEqual([records[1]]);
  });
});

/** A fresh happy-dom page with `script` run in it as a classic script, before any change. */
function pageWith(script: string, body: string) {
  const window = new Window({ url: 'http://127.0.0.1/' });
  const { document } = window;
  document.body.innerHTML = body;
  new Function('window', 'document', 'MutationObserver', script)(
    window,
    document,
    window.MutationObserver,
  );
  return { window, document };
}

/** Changes Backstory must never make, each to a fresh page with `<p id="p">John Kerry</p>`. */
const DEFECTS: [string, (document: Document) => void][] = [
  [
    'a backstory-* element wrapped around page text',
    (document) => {
      const text = document.getElementById('p')?.firstChild as Text;
      const wrapper = document.createElement('backstory-mark');
      text.before(wrapper);
      wrapper.append(text);
    },
  ],
  [
    'a backstory-* element inserted into a paragraph',
    (document) => document.getElementById('p')?.append(document.createElement('backstory-mark')),
  ],
  [
    'a second host',
    (document) => {
      document.documentElement.append(document.createElement('backstory-card'));
      document.documentElement.append(document.createElement('backstory-card'));
    },
  ],
  [
    'an attribute on the host',
    (document) => {
      const host = document.createElement('backstory-card');
      document.documentElement.append(host);
      host.setAttribute('style', 'color: red');
    },
  ],
];

const addHost = (document: Document) =>
  document.documentElement.append(document.createElement('backstory-card'));

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

/** What the fixtures' recorder adds to the page's window. */
type Recording = { __mutations: RecordedMutation[]; __recordMutationsIn(root: ShadowRoot): void };

describe('the e2e fixtures’ recorder (record-mutations.js, in every page and frame)', () => {
  async function record(change: (document: Document, window: Recording) => void) {
    const { window, document } = pageWith(FIXTURE_RECORDER, '<p id="p">John Kerry</p>');
    document.dispatchEvent(new window.Event('DOMContentLoaded'));
    change(document as unknown as Document, window as unknown as Recording);
    await flush();
    return (window as unknown as Recording).__mutations;
  }

  it('accepts the card’s host', async () => {
    const records = await record(addHost);
    expect(records).toHaveLength(1);
    expect(foreignMutations(records)).toEqual([]);
  });

  it.each(DEFECTS)('fails %s', async (_, change) => {
    expect(foreignMutations(await record(change))).not.toEqual([]);
  });

  it('says where a change was: the nearest id', async () => {
    const [wrapped] = await record(DEFECTS[0]?.[1] ?? (() => {}));
    expect(wrapped).toMatchObject({ target: 'p#p', where: 'p', added: ['backstory-mark'] });
  });

  it('fails a backstory-* element in a shadow root the page hands over', async () => {
    const records = await record((document, window) => {
      const root = document.getElementById('p')?.attachShadow({ mode: 'open' }) as ShadowRoot;
      root.innerHTML = '<p id="inner">Sergey Lavrov</p>';
      window.__recordMutationsIn(root);
      root.getElementById('inner')?.append(document.createElement('backstory-mark'));
    });
    expect(foreignMutations(records)).toEqual([
      expect.objectContaining({ target: 'p#inner', added: ['backstory-mark'] }),
    ]);
  });

  it('ignores what happens before parsing ends', async () => {
    const { window, document } = pageWith(FIXTURE_RECORDER, '<p id="p">John Kerry</p>');
    document.body.append(document.createElement('div'));
    await flush();
    document.dispatchEvent(new window.Event('DOMContentLoaded'));
    expect((window as unknown as Recording).__mutations).toEqual([]);
  });
});

describe('the corpus pages’ recorder (OBSERVER_SCRIPT) judged by foreignMutations', () => {
  async function record(change: (document: Document) => void) {
    const { window, document } = pageWith(OBSERVER_SCRIPT, '<p id="p">John Kerry</p>');
    document.dispatchEvent(new window.Event('readystatechange'));
    change(document as unknown as Document);
    await flush();
    const state = (window as unknown as { __backstoryCorpus: { records: RecordedMutation[] } })
      .__backstoryCorpus;
    return state.records;
  }

  it('accepts the card’s host', async () => {
    const records = await record(addHost);
    expect(records).toHaveLength(1);
    expect(foreignMutations(records)).toEqual([]);
  });

  it.each(DEFECTS)('fails %s', async (_, change) => {
    expect(foreignMutations(await record(change))).not.toEqual([]);
  });

  it('ignores what happens before parsing ends', async () => {
    const { window, document } = pageWith(OBSERVER_SCRIPT, '<p id="p">John Kerry</p>');
    document.body.append(document.createElement('div'));
    await flush();
    document.dispatchEvent(new window.Event('readystatechange'));
    const state = (window as unknown as { __backstoryCorpus: { records: unknown[] } })
      .__backstoryCorpus;
    expect(state.records).toEqual([]);
  });
});
