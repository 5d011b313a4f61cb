import assert from 'node:assert/strict';
import { mentionPoint, rawPage, waitForCard, waitForCardClosed } from '../harness/card';
import { recordedMutations } from '../harness/highlighter';
import { foreignMutations, type RecordedMutation } from '../harness/mutations';
import { listedEntities, sendToTab } from '../harness/popup-actions';
import { scenario } from '../harness/runner';
import type { TestPage } from '../harness/types';

const FIXTURE = 'shadow/roots.html';

/** Each person highlight as "where: text" (where = the host of its shadow root, or "document"). */
const peopleByRoot = (page: TestPage) =>
  page.evaluate(() => {
    const roots = (window as unknown as { __roots: Record<string, ShadowRoot> }).__roots;
    const ids = Object.keys(roots);
    return [...(CSS.highlights.get('backstory-person') ?? [])]
      .map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        const top = r.startContainer.getRootNode();
        return `${ids.find((id) => roots[id] === top) ?? 'document'}: ${live.toString()}`;
      })
      .sort();
  }, undefined);

/** Per root: how many stylesheets it has adopted, and whether one holds our highlight rules. */
const adoptedSheets = (page: TestPage) =>
  page.evaluate(() => {
    const roots = (window as unknown as { __roots: Record<string, ShadowRoot> }).__roots;
    return Object.fromEntries(
      Object.entries(roots).map(([id, root]) => {
        const ours = root.adoptedStyleSheets.some((s) =>
          [...s.cssRules].some((rule) => rule.cssText.includes('::highlight(backstory-person)')),
        );
        return [id, `${root.adoptedStyleSheets.length}${ours ? ' with ours' : ''}`];
      }),
    );
  }, undefined);

/**
 * Waits for a keyboard step to land (a mention other than the last one flashed) and returns the
 * flashed text, its parts joined by "|" (a name through a slot has one per tree).
 */
async function steppedTo(page: TestPage): Promise<string> {
  const landed = () => {
    const seen = window as unknown as { __lastFlash?: AbstractRange; __lastText?: string };
    const ranges = [...(CSS.highlights.get('backstory-flash') ?? [])];
    const range = ranges[0];
    if (!range || range === seen.__lastFlash) return false;
    seen.__lastFlash = range;
    seen.__lastText = ranges
      .map((part) => {
        const live = document.createRange();
        live.setStart(part.startContainer, part.startOffset);
        live.setEnd(part.endContainer, part.endOffset);
        return live.toString();
      })
      .join('|');
    return true;
  };
  await page.waitFor(landed, undefined, 3000);
  return page.evaluate(() => (window as unknown as { __lastText: string }).__lastText, undefined);
}

/** The page's own changes after load (it fills one root and adds a host): not the extension's. */
const isPagesOwn = (m: RecordedMutation) =>
  (m.target === '#document-fragment' && m.added.join() === 'p' && m.removed.join() === 'p') ||
  (m.target === 'section#later' && m.added.join() === 'x-added#added-host');

const EXPECTED = [
  'added-host: Bashar Assad',
  'bare-host: Sergei Lavrov',
  'closed-host: Barack Obama',
  'declarative-host: Sergey Lavrov',
  'document: John Kerry',
  'document: Kerry',
  'document: Vladimir Putin',
  'inner-host: Secretary Kerry',
  'late-host: President Putin',
  'open-host: Bashar al-Assad',
  'slot-host: John ',
];

scenario(
  'shadow roots: open, declarative, closed, nested, filled and added later',
  async (browser) => {
    const page = await browser.openPage(browser.server.url(FIXTURE));
    await page.waitForHighlights('backstory-person', { min: EXPECTED.length });
    // A name through a slot is one mention drawn in two trees: "John " in the root, "Kerry" (the
    // document's) slotted into it. "Obama" slotted after "Michelle" is someone else.
    assert.deepEqual(await peopleByRoot(page), EXPECTED);

    // Our rules, adopted once by each root holding a mention, by no other; the page's sheet kept.
    assert.deepEqual(await adoptedSheets(page), {
      'declarative-host': '1 with ours',
      'open-host': '1 with ours',
      'closed-host': '1 with ours',
      'outer-host': '0',
      'inner-host': '1 with ours',
      'bare-host': '1 with ours',
      'slot-host': '1 with ours',
      'unshown-host': '0',
      'veto-host': '0',
      'plain-host': '1',
      'late-host': '1 with ours',
      'added-host': '1 with ours',
    });
    await page.screenshot(`test-results/${browser.name}-shadow-roots.png`);

    // Hover in the closed root opens the card there.
    const raw = await rawPage(browser, page);
    const obama = await mentionPoint(page, 'Barack Obama');
    await page.hover(obama.x, obama.y);
    const card = await waitForCard(page, 'Barack Obama');
    assert.ok(card.visible, 'card painted');
    await raw.press('Escape');
    await waitForCardClosed(page);

    // Hovering the slotted part opens the whole name's card, and marks both parts.
    const slotted = await mentionPoint(page, 'Kerry');
    await page.hover(slotted.x, slotted.y);
    const slottedCard = await waitForCard(page, 'John Kerry');
    assert.ok(slottedCard.visible, 'card painted for the slotted name');
    assert.equal(
      await page.evaluate(() => CSS.highlights.get('backstory-hover')?.size, undefined),
      2,
      'both parts of the hovered name marked',
    );
    await raw.press('Escape');
    await waitForCardClosed(page);

    // The popup counts them, and the keyboard steps into a nested root.
    const popup = await browser.openPopup(page);
    const listed = await listedEntities(popup);
    assert.deepEqual(listed.People, {
      'Vladimir Putin': 2,
      'John Kerry': 3,
      'Bashar Assad': 2,
      'Sergey Lavrov': 2,
      'Barack Obama': 1,
    });
    // One step per mention, in every root: the slotted name's two parts are one mention, and the
    // step after the last goes back to the first.
    const STEPS = [
      'Barack Obama',
      'Bashar Assad',
      'Bashar al-Assad',
      'John Kerry',
      'John |Kerry',
      'President Putin',
      'Secretary Kerry',
      'Sergei Lavrov',
      'Sergey Lavrov',
      'Vladimir Putin',
    ];
    const seen: string[] = [];
    for (let i = 0; i <= STEPS.length; i++) {
      await sendToTab(popup, { type: 'stepMention', data: { direction: 1 } });
      seen.push(await steppedTo(page));
    }
    assert.deepEqual(seen.slice(0, -1).sort(), STEPS, seen.join(', '));
    assert.equal(seen.at(-1), seen[0], 'the step after the last wraps to the first');

    const mutations = foreignMutations(await recordedMutations(page), isPagesOwn);
    assert.deepEqual(mutations, [], 'DOM mutations by the extension, in the document or a root');
    assert.deepEqual(page.pageErrors(), [], 'page errors');
  },
);

scenario('shadow roots: a component defined after the page was read', async (browser) => {
  const page = await browser.openPage(browser.server.url('shadow/late.html'));
  // Before its script comes, the component's text is the document's.
  await page.waitForHighlights('backstory-person', { min: 2 });
  assert.deepEqual(await peopleByRoot(page), ['document: Obama', 'document: Vladimir Putin']);
  await page.evaluate(
    () => (window as unknown as { __defineLate(): void }).__defineLate(),
    undefined,
  );
  // Its root is found without a mutation to go by, and its light text read where the slot shows it.
  await page.waitFor(
    () => {
      const texts = [...(CSS.highlights.get('backstory-person') ?? [])].map((r) => {
        const live = document.createRange();
        live.setStart(r.startContainer, r.startOffset);
        live.setEnd(r.endContainer, r.endOffset);
        return live.toString();
      });
      return texts.sort().join() === 'Sergey Lavrov,Vladimir Putin';
    },
    undefined,
    10_000,
  );
  assert.deepEqual(await peopleByRoot(page), [
    'document: Vladimir Putin',
    'late-host: Sergey Lavrov',
  ]);
  const lavrov = await mentionPoint(page, 'Sergey Lavrov');
  await page.hover(lavrov.x, lavrov.y);
  assert.ok((await waitForCard(page, 'Sergey Lavrov')).visible, 'card for the late root');
  const mutations = foreignMutations(await recordedMutations(page), () => false);
  assert.deepEqual(mutations, [], 'DOM mutations by the extension');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
});

scenario('shadow roots: an empty component defined after the page was read', async (browser) => {
  const page = await browser.openPage(browser.server.url('shadow/late-empty.html'));
  await page.waitForHighlights('backstory-person', { min: 1 });
  assert.deepEqual(await peopleByRoot(page), ['document: Vladimir Putin']);
  await page.evaluate(
    () => (window as unknown as { __defineLate(): void }).__defineLate(),
    undefined,
  );
  // No text of its own, so the reading never placed it: its root is found all the same.
  await page.waitFor(
    () => (CSS.highlights.get('backstory-person')?.size ?? 0) === 2,
    undefined,
    10_000,
  );
  assert.deepEqual(await peopleByRoot(page), [
    'document: Vladimir Putin',
    'panel-host: Sergey Lavrov',
  ]);
  const mutations = foreignMutations(await recordedMutations(page), () => false);
  assert.deepEqual(mutations, [], 'DOM mutations by the extension');
  assert.deepEqual(page.pageErrors(), [], 'page errors');
});
