import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { compileMatcher } from '../../lib/text/compile-matcher';
import type { MatchRule } from '../../lib/text/types';
import {
  type FakeHighlight,
  highlightedTexts,
  installFakeHighlights,
} from '../support/fake-highlights';

const person = (entityId: string, alias: string, notAfter: string[] = []): MatchRule => ({
  entityId,
  kind: 'person',
  alias,
  notAfter,
  notBefore: [],
});
const matcher = compileMatcher([
  person('john-kerry', 'John Kerry'),
  person('john-kerry', 'Kerry'),
  person('vladimir-putin', 'Putin'),
  person('barack-obama', 'Obama', ['Michelle']),
]);

let registry: Map<string, FakeHighlight>;
let controller: AbortController;

/** A host in the body with `light` as its children and an open root holding `html`. */
function host(light: string, html: string, tag = 'x-host'): ShadowRoot {
  const element = document.createElement(tag);
  element.innerHTML = light;
  document.body.append(element);
  const root = element.attachShadow({ mode: 'open' });
  root.innerHTML = html;
  return root;
}

const loadShadowModule = () => import('../../lib/page/shadow-module');

function start(load: typeof loadShadowModule = loadShadowModule) {
  controller = new AbortController();
  return startPageHighlighter({
    matcher,
    visibleKinds: new Set(['person']),
    signal: controller.signal,
    loadShadowModule: load,
  });
}

const people = () => highlightedTexts(registry, 'backstory-person');
const mentionTexts = (h: ReturnType<typeof start>) => h.mentions().map((m) => m.text);

beforeEach(() => {
  registry = installFakeHighlights();
});

afterEach(() => {
  controller?.abort();
  document.body.innerHTML = '';
});

describe('names running through a slot', () => {
  it('reads a name split by a slot as one mention, drawn in each tree', async () => {
    const root = host(
      '<span slot="last">Kerry</span>',
      '<p>Slotted: John <slot name="last"></slot> arrived.</p>',
    );
    const highlighter = start();
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['John Kerry']));
    const [mention] = highlighter.mentions();
    // One range per tree: "John " in the root, "Kerry" in the light DOM.
    expect(mention?.pieces?.map((r) => r.startContainer.getRootNode())).toEqual([root, document]);
    expect(people()).toEqual(['John ', 'Kerry']);
    expect(highlighter.mentionFor(mention?.pieces?.[1] as AbstractRange)).toBe(mention);
    // Hovering marks both parts.
    highlighter.setHovered(mention ?? null);
    expect(highlightedTexts(registry, 'backstory-hover')).toEqual(['John ', 'Kerry']);
    // The root holding a part adopts our rules.
    expect(new Set(highlighter.shadowRoots())).toEqual(new Set([root]));
  });

  it('judges a slotted surname by the words the reader sees before it', async () => {
    host('Obama', '<p>First Lady Michelle <slot></slot> spoke.</p>');
    host('Obama', '<p>President <slot></slot> spoke.</p>');
    const highlighter = start();
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['Obama']));
    expect(highlighter.mentions()[0]?.range.startContainer.parentNode).toBe(
      document.body.children[1],
    );
  });

  it('reads light children once, where their slot shows them, and not those no slot shows', async () => {
    host('Putin <b>here</b>', '<div><p>Before</p><slot></slot></div>');
    host('<span>Obama</span>', '<p>No slot at all</p>');
    const highlighter = start();
    await highlighter.settled();
    await vi.waitFor(() => expect(people()).toEqual(['Putin']));
    expect(highlighter.mentions()).toHaveLength(1);
  });

  it('reads a slotted block where it lives, and a slot’s fallback when nothing is assigned', async () => {
    host('<p>Putin in a slotted paragraph.</p>', '<section><slot></slot></section>');
    host('', '<p>Fallback: <slot>John Kerry</slot> here.</p>');
    const highlighter = start();
    await vi.waitFor(() =>
      expect([...mentionTexts(highlighter)].sort()).toEqual(['John Kerry', 'Putin']),
    );
  });

  it('follows slotted text the page changes later, and slots assigned anew', async () => {
    const root = host(
      '<span slot="a">Kerry</span><span slot="b">Putin</span>',
      '<p>John <slot name="a"></slot> met them.</p>',
    );
    const highlighter = start();
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['John Kerry']));
    const [light, other] = root.host.children as unknown as [Element, Element];
    (light.firstChild as Text).data = 'Obama';
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['Obama']));
    expect(people()).toEqual(['Obama']);
    // The page shows the other span in the slot: no child changes, only the assignment.
    light.setAttribute('slot', 'b');
    other.setAttribute('slot', 'a');
    await vi.waitFor(() => expect(people()).toEqual(['Putin']));
  });

  it('reads what a slot inside slotted content shows, not its fallback', async () => {
    // name-card's root wraps a slot in another component, whose own root shows it in a line.
    const outer = host('Putin', '<fancy-text><em><slot>John Kerry</slot></em></fancy-text>');
    const fancy = outer.querySelector('fancy-text') as Element;
    fancy.attachShadow({ mode: 'open' }).innerHTML = '<p>Speaking: <slot></slot> now</p>';
    const highlighter = start();
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['Putin']));
    await highlighter.settled();
    expect(mentionTexts(highlighter)).toEqual(['Putin']);
  });

  it('draws a name shown by named slots in another order than the page’s, one part each', async () => {
    host(
      '<span slot="last">Kerry</span><span slot="first">John </span>',
      '<p><slot name="first"></slot><slot name="last"></slot> spoke.</p>',
    );
    const highlighter = start();
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['John Kerry']));
    // Each part runs forward in the page (one range from "John " back to "Kerry" would be empty).
    expect(people()).toEqual(['John ', 'Kerry']);
  });

  it('forgets every part when the host leaves the page', async () => {
    const root = host('<span slot="last">Kerry</span>', '<p>John <slot name="last"></slot></p>');
    const highlighter = start();
    await vi.waitFor(() => expect(people()).toEqual(['John ', 'Kerry']));
    root.host.remove();
    await vi.waitFor(() => expect(people()).toEqual([]));
    expect(highlighter.mentions()).toEqual([]);
  });

  it('leaves the page as it is when the shadow module fails to load, and tries again later', async () => {
    host('<span slot="last">Kerry</span>', '<p>John <slot name="last"></slot></p>');
    document.body.insertAdjacentHTML('afterbegin', '<p>Putin first.</p>');
    const load = vi
      .fn<typeof loadShadowModule>()
      .mockRejectedValueOnce(new Error('the extension was updated'))
      .mockImplementation(loadShadowModule);
    const highlighter = start(load);
    await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
    await highlighter.settled();
    expect(mentionTexts(highlighter)).toEqual(['Putin']);
    // The next change the page module reads brings it in.
    document.body.insertAdjacentHTML('beforeend', '<p>Later.</p>');
    await vi.waitFor(() => expect(mentionTexts(highlighter)).toEqual(['Putin', 'John Kerry']));
    expect(load).toHaveBeenCalledTimes(2);
  });
});
