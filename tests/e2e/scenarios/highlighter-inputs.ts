import assert from 'node:assert/strict';
import {
  assertNoRangesInside,
  assertOnlyBrowserRequests,
  fixture,
  recordedMutations,
  waitForPeople,
} from '../harness/highlighter';
import { foreignMutations } from '../harness/mutations';
import { scenario } from '../harness/runner';
import { sleep } from '../harness/sleep';

/** Where the user types: controls and editing hosts (not `contenteditable="false"`). */
const EDITABLE = 'input, textarea, select, [contenteditable]:not([contenteditable="false"])';
/** The prose of inputs.html: its only names outside controls and editors. */
const PROSE_PEOPLE = ['Kerry', 'Lavrov'];

/** What the scenario types, and where: an editing host, a nested editor, the textarea. */
const TYPED = {
  editor: ' Then Vladimir Putin met John Kerry.',
  nested: 'Obama and Assad, in a new paragraph.',
  textarea: ' and Sergei Lavrov',
};

scenario(
  'highlighter: nothing highlighted in inputs and editors, typing untouched',
  async (browser) => {
    const page = await browser.openPage(browser.server.url(fixture('inputs.html')));
    await page.waitForHighlights('backstory-person', { min: PROSE_PEOPLE.length });
    assert.deepEqual(await page.highlightTexts(), PROSE_PEOPLE);
    await assertNoRangesInside(page, EDITABLE);
    // The frame's own content script reads it (every frame gets one: its registered, empty,
    // highlights say it ran) and finds an editor: no ranges.
    await page.waitFor(() => {
      const frame = document.getElementById('design') as HTMLIFrameElement;
      return ((frame.contentWindow as typeof window | null)?.CSS.highlights.size ?? 0) > 0;
    }, undefined);
    const frame = await page.evaluate(() => {
      const doc = (document.getElementById('design') as HTMLIFrameElement).contentDocument;
      const highlights = [...(doc?.defaultView?.CSS.highlights.values() ?? [])];
      return { designMode: doc?.designMode, ranges: highlights.reduce((n, h) => n + h.size, 0) };
    }, undefined);
    assert.deepEqual(frame, { designMode: 'on', ranges: 0 }, 'the designMode iframe');
    assert.deepEqual(await recordedMutations(page), [], 'DOM mutations before typing');

    // The drivers have no keyboard method: type as the browser's editing commands do for a key press.
    await page.driver.bringToFront();
    const typed = await page.evaluate((text) => {
      const selection = getSelection() as Selection;
      const editor = document.getElementById('editor') as HTMLElement;
      editor.focus();
      selection.selectAllChildren(editor);
      selection.collapseToEnd();
      const ok = [document.execCommand('insertText', false, text.editor)];
      const nested = document.querySelector('#nested-editor p') as HTMLElement;
      (nested.parentElement as HTMLElement).focus();
      selection.selectAllChildren(nested);
      selection.collapseToEnd();
      ok.push(document.execCommand('insertParagraph'));
      ok.push(document.execCommand('insertText', false, text.nested));
      const textarea = document.getElementById('textarea') as HTMLTextAreaElement;
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      ok.push(document.execCommand('insertText', false, text.textarea));
      return ok;
    }, TYPED);
    assert.deepEqual(typed, [true, true, true, true], 'execCommand accepted every edit');

    // Several frames for the extension's mutation batches, then nothing may have changed.
    await sleep(500);
    await waitForPeople(page, PROSE_PEOPLE);
    await assertNoRangesInside(page, EDITABLE);
    const contents = await page.evaluate(
      () => ({
        editor: document.getElementById('editor')?.textContent,
        nested: [...document.querySelectorAll('#nested-editor p')].map((p) => p.textContent),
        textarea: (document.getElementById('textarea') as HTMLTextAreaElement).value,
      }),
      undefined,
    );
    assert.deepEqual(contents, {
      editor: `Barack Obama said so.${TYPED.editor}`,
      nested: ['A note on John Kerry.', TYPED.nested],
      textarea: `Vladimir Putin${TYPED.textarea}`,
    });
    // The typing mutated the two editors only (a textarea's value is not DOM), and we nothing.
    const outside = foreignMutations(
      await recordedMutations(page),
      (m) => m.where === 'editor' || m.where === 'nested-editor',
    );
    assert.deepEqual(outside, [], 'DOM mutations outside the editors typed in');

    assert.deepEqual(page.pageErrors(), [], 'page errors');
    assertOnlyBrowserRequests(browser);
  },
  { allowExternalRequests: true },
);

scenario(
  'highlighter: a page that is all editor (designMode, editable body) stays bare',
  async (browser) => {
    // Each editor is loaded as the page itself; the popup's count proves that the content script
    // ran and read it.
    const found: Record<string, { popup: number; highlights: string[] }> = {};
    for (const name of ['design-mode.html', 'editable-body.html']) {
      const page = await browser.openPage(browser.server.url(fixture(name)));
      const popup = await browser.openPopup(page);
      found[name] = { popup: await popup.totalMentions(), highlights: await page.highlightTexts() };
      assert.deepEqual(page.pageErrors(), [], `page errors on ${name}`);
    }
    assert.deepEqual(found, {
      'design-mode.html': { popup: 0, highlights: [] },
      'editable-body.html': { popup: 0, highlights: [] },
    });
  },
);
