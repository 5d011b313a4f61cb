import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { blockOf } from '../../lib/page/elements';
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { inPageOrder } from '../../lib/page/page-order';
import { langOf } from '../../lib/page/scan-windows';
import * as shadowModule from '../../lib/page/shadow-module';
import { shadowRootReader, shadowRootsIn } from '../../lib/page/shadow-roots';
import { createShadowStyles } from '../../lib/page/shadow-styles';
import { compileMatcher } from '../../lib/text/compile-matcher';
import type { MatchRule } from '../../lib/text/types';
import {
  type FakeHighlight,
  highlightedTexts,
  installFakeHighlights,
} from '../support/fake-highlights';

const person = (entityId: string, alias: string): MatchRule => ({
  entityId,
  kind: 'person',
  alias,
  notAfter: [],
  notBefore: [],
});
const matcher = compileMatcher([
  person('john-kerry', 'John Kerry'),
  person('vladimir-putin', 'Putin'),
  person('barack-obama', 'Obama'),
]);

let registry: Map<string, FakeHighlight>;
let controller: AbortController;

/** A host element in the body with an open shadow root holding `html`. */
function host(id: string, html: string, parent: ParentNode = document.body): ShadowRoot {
  const element = document.createElement('x-host');
  element.id = id;
  parent.append(element);
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

function start() {
  controller = new AbortController();
  return startPageHighlighter({
    matcher,
    visibleKinds: new Set(['person']),
    signal: controller.signal,
    loadShadowModule: async () => shadowModule,
  });
}

const people = () => highlightedTexts(registry, 'backstory-person');

beforeEach(() => {
  registry = installFakeHighlights();
});

afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

describe('shadow roots', () => {
  it('reads open roots, nested ones and text at a root’s top, and lists them for hit-testing', async () => {
    document.body.innerHTML = '<p>Putin in the document.</p>';
    const outer = host('outer', '<div><p>Obama outside.</p></div>');
    const inner = host('inner', '<p>John Kerry inside.</p>', outer.querySelector('div') as Element);
    const bare = host('bare', 'Top: <b>Obama</b> here');
    const highlighter = start();
    await highlighter.settled();
    await vi.waitFor(() => expect(people()).toHaveLength(4));
    expect(inPageOrder(highlighter.mentions()).map((m) => m.text)).toEqual([
      'Putin',
      'Obama',
      'John Kerry',
      'Obama',
    ]);
    expect(new Set(highlighter.shadowRoots())).toEqual(new Set([outer, inner, bare]));
    // Text and inline elements at a root's top are one block: the root.
    expect(highlighter.mentions().find((m) => m.block === bare)?.text).toBe('Obama');
  });

  it('steps in page order through a root and the roots nested in it, however listed', async () => {
    document.body.innerHTML = '<p>Putin first.</p>';
    const outer = host('outer', '<p>Obama before.</p><div></div><p>Putin after.</p>');
    host('inner', '<p>John Kerry inside.</p>', outer.querySelector('div') as Element);
    document.body.append(
      Object.assign(document.createElement('p'), { textContent: 'Obama last.' }),
    );
    const highlighter = start();
    await vi.waitFor(() => expect(people()).toHaveLength(5));
    const expected = ['Putin', 'Obama', 'John Kerry', 'Putin', 'Obama'];
    const mentions = highlighter.mentions();
    expect(inPageOrder(mentions).map((m) => m.text)).toEqual(expected);
    expect(inPageOrder([...mentions].reverse()).map((m) => m.text)).toEqual(expected);
  });

  it('follows roots filled later and hosts added later, and forgets removed ones', async () => {
    const late = host('late', '<p>nothing</p>');
    const highlighter = start();
    await highlighter.settled();
    expect(people()).toEqual([]);
    late.innerHTML = '<p>Putin arrived.</p>';
    await vi.waitFor(() => expect(people()).toEqual(['Putin']));
    const added = host('added', '<p>Obama too.</p>');
    await vi.waitFor(() => expect(people()).toEqual(['Putin', 'Obama']));
    added.host.remove();
    await vi.waitFor(() => expect(people()).toEqual(['Putin']));
    expect(highlighter.shadowRoots()).toEqual([late]);
  });

  it('imports the shadow module for a custom element not defined yet, though it holds no text', async () => {
    // Defined later, it may attach a root with names: the module's late-root watch looks again.
    document.body.innerHTML = '<p>Nothing yet.</p><x-late-card></x-late-card>';
    const load = vi.fn(async () => shadowModule);
    controller = new AbortController();
    const highlighter = startPageHighlighter({
      matcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
      loadShadowModule: load,
    });
    await highlighter.settled();
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('leaves the roots of our own card and of skipped regions alone', () => {
    const card = document.createElement('backstory-card');
    document.body.append(card);
    card.attachShadow({ mode: 'open' }).innerHTML = '<p>Putin</p>';
    const editor = document.createElement('div');
    editor.setAttribute('contenteditable', '');
    document.body.append(editor);
    host('in-editor', '<p>Putin</p>', editor);
    const kept = host('kept', '<p>Putin</p>');
    expect(shadowRootsIn(document.body, (e) => e.shadowRoot)).toEqual([kept]);
  });

  it('asks the extension-only API for closed roots of custom elements only', () => {
    const custom = document.createElement('x-closed');
    const closed = custom.attachShadow({ mode: 'closed' });
    const plain = document.createElement('div');
    plain.attachShadow({ mode: 'closed' });
    const open = host('open', '<p>x</p>');
    const asked: string[] = [];
    const chromeDom = {
      openOrClosedShadowRoot: (element: Element) => {
        asked.push(element.localName);
        return element === custom ? closed : null;
      },
    };
    const read = shadowRootReader({ chrome: { dom: chromeDom } } as unknown as Window);
    expect(read(custom)).toBe(closed);
    expect(read(plain)).toBeNull();
    expect(read(open.host)).toBe(open);
    expect(asked).toEqual(['x-closed']);
  });

  it('takes a root’s top for the block of its bare text and inline elements', () => {
    const root = host('h', 'bare <b>bold</b><p>para</p>');
    expect(blockOf(root.firstChild as Text)).toBe(root);
    expect(blockOf(root.querySelector('b') as Element)).toBe(root);
    expect(blockOf(root.querySelector('p')?.firstChild as Text)).toBe(root.querySelector('p'));
    expect(blockOf(root)).toBe(root);
  });
});

describe('langOf in shadow roots', () => {
  it('takes the nearest lang inside the root, else the host’s, through nested roots', () => {
    document.body.innerHTML = '<section lang="de-AT"></section>';
    const section = document.querySelector('section') as Element;
    const outer = host('outer', '<div><p>x</p></div><p lang="pl">y</p>', section);
    const inner = host('inner', '<p>z</p>', outer.querySelector('div') as Element);
    expect(langOf(outer)).toBe('de');
    expect(langOf(outer.querySelector('p') as Element)).toBe('de');
    expect(langOf(outer.querySelector('[lang]') as Element)).toBe('pl');
    expect(langOf(inner.querySelector('p') as Element)).toBe('de');
    expect(langOf(host('bare', 'text'))).toBe('');
  });
});

describe('createShadowStyles', () => {
  it('adopts our rules once per root, keeps the page’s sheets, and takes ours out on clear', async () => {
    const root = host('styled', '<p>x</p>');
    const pages = new CSSStyleSheet();
    root.adoptedStyleSheets = [pages];
    const load = vi.fn(() => Promise.resolve('::highlight(backstory-person) { color: red; }'));
    const styles = createShadowStyles(window as Window & typeof globalThis, load);
    styles.add(root);
    styles.add(root);
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toHaveLength(2));
    expect(load).toHaveBeenCalledTimes(1);
    expect(root.adoptedStyleSheets[0]).toBe(pages);
    expect(styles.roots()).toEqual([root]);
    styles.clear();
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toEqual([pages]));
    // A root the page removed is let go, and our sheet taken out of it.
    styles.add(root);
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toHaveLength(2));
    root.host.remove();
    expect(styles.roots()).toEqual([]);
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toEqual([pages]));
  });

  it('adopts our rules again when the page has replaced the root’s sheets', async () => {
    const root = host('restyled', '<p>x</p>');
    const styles = createShadowStyles(window as Window & typeof globalThis, () =>
      Promise.resolve('::highlight(backstory-person) { color: red; }'),
    );
    styles.add(root);
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toHaveLength(1));
    const ours = root.adoptedStyleSheets[0];
    // The component re-renders with its own list of sheets, and its mentions are found again.
    const theirs = new CSSStyleSheet();
    root.adoptedStyleSheets = [theirs];
    styles.add(root);
    await vi.waitFor(() => expect(root.adoptedStyleSheets).toEqual([theirs, ours]));
  });

  it('adopts nothing when stopped before the rules came, or when they cannot be had', async () => {
    const root = host('early', '<p>x</p>');
    let resolve!: (css: string) => void;
    const styles = createShadowStyles(
      window as Window & typeof globalThis,
      () => new Promise<string>((r) => (resolve = r)),
    );
    styles.add(root);
    styles.clear();
    resolve('::highlight(backstory-person) { color: red; }');
    await new Promise((r) => setTimeout(r, 0));
    expect(root.adoptedStyleSheets).toEqual([]);
    const failing = createShadowStyles(window as Window & typeof globalThis, () =>
      Promise.reject(new Error('no')),
    );
    failing.add(root);
    await new Promise((r) => setTimeout(r, 0));
    expect(root.adoptedStyleSheets).toEqual([]);
  });
});
