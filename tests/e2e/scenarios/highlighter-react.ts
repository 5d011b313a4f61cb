import assert from 'node:assert/strict';
import path from 'node:path';
import { build } from 'esbuild';
import { fixture, recordedMutations } from '../harness/highlighter';
import { foreignMutations } from '../harness/mutations';
import { scenario } from '../harness/runner';
import { FIXTURES_DIR } from '../harness/server';
import { sleep } from '../harness/sleep';
import type { TestPage } from '../harness/types';

/** How long the app runs under observation; it re-renders every 300 ms. */
const WATCH_MS = 3000;
/** The longest the highlights may take to follow a change of the names in the app's text. */
const MAX_LATENCY_MS = 1000;

/** What react.html and the app expose to the test. */
interface ReactPage {
  __startFollowing(): void;
  __follow: {
    changes: { at: number; names: string; ms: number | null }[];
    lastNames: string;
    lastShown: string;
  };
  __reactErrors: string[];
}

let bundle: Promise<string> | undefined;

/** Bundles tests/fixtures/highlighter/react-app.tsx with React, in memory, once per run. */
function bundleReactApp(): Promise<string> {
  bundle ??= build({
    entryPoints: [path.join(FIXTURES_DIR, 'highlighter/react-app.tsx')],
    bundle: true,
    write: false,
    format: 'iife',
    minify: true,
    jsx: 'automatic',
    jsxImportSource: 'react',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'silent',
  }).then((result) => result.outputFiles[0]?.text ?? '');
  return bundle;
}

/**
 * Moves the real pointer to and fro over the text of `selectors` for `ms`, as a reader would:
 * the extension hit-tests its ranges while React changes the text under them.
 */
async function movePointerOver(page: TestPage, selectors: string[], ms: number): Promise<void> {
  const boxes = await page.evaluate(
    (list) =>
      list.map((selector) => {
        const box = document.querySelector(selector)?.getBoundingClientRect();
        return box
          ? { x: box.x, y: box.y + box.height / 2, width: Math.min(box.width, 300) }
          : null;
      }),
    selectors,
  );
  await page.driver.bringToFront();
  const end = Date.now() + ms;
  for (let i = 0; Date.now() < end; i++) {
    const box = boxes[Math.floor(i / 40) % boxes.length];
    if (!box) throw new Error(`nothing to point at in ${selectors}`);
    await page.driver.mouseMove(box.x + ((i * 37) % box.width), box.y);
    await sleep(10);
  }
}

const counter = (page: TestPage) =>
  page.evaluate(
    () => Number(/\d+/.exec(document.getElementById('counter')?.textContent ?? '')?.[0]),
    undefined,
  );

scenario(
  'highlighter: a React app re-rendering names keeps working and highlighted',
  async (browser) => {
    const code = await bundleReactApp();
    browser.server.route('/highlighter/react-app.js', {
      body: code,
      headers: { 'content-type': 'text/javascript; charset=utf-8' },
    });
    const page = await browser.openPage(browser.server.url(fixture('react.html')));
    await page.waitForHighlights();
    await page.evaluate(() => (window as unknown as ReactPage).__startFollowing(), undefined);
    const before = await counter(page);
    await movePointerOver(page, ['#ticker', '#lede'], WATCH_MS);
    const after = await counter(page);
    assert.ok(after - before >= 6, `the app's counter went from ${before} to ${after} in 3 s`);

    const follow = await page.evaluate(() => {
      const state = (window as unknown as ReactPage).__follow;
      return { ...state, now: performance.now() };
    }, undefined);
    const settled = follow.changes.filter((c) => c.at < follow.now - MAX_LATENCY_MS);
    assert.ok(settled.length >= 5, `the names changed ${settled.length} times`);
    const slow = settled.filter((c) => c.ms === null || c.ms > MAX_LATENCY_MS);
    assert.deepEqual(
      slow,
      [],
      `changes the highlights did not follow; last shown ${follow.lastShown}`,
    );
    console.log(`    ${browser.name}: ms to follow: ${settled.map((c) => c.ms).join(', ')}`);

    assert.deepEqual(page.pageErrors(), [], 'page errors');
    const reactErrors = await page.evaluate(
      () => (window as unknown as ReactPage).__reactErrors,
      undefined,
    );
    assert.deepEqual(reactErrors, [], 'errors React caught');
    // Only React's own changes (inside the app, no attributes, no <mark>) and our card's host.
    const ids = ['root', 'counter', 'ticker', 'lede', 'list'];
    const foreign = foreignMutations(
      await recordedMutations(page),
      (m) =>
        ids.includes(m.where ?? '') &&
        m.type !== 'attributes' &&
        ![...m.added, ...m.removed].some((n) => n.startsWith('mark')),
    );
    assert.deepEqual(foreign.slice(0, 5), [], 'DOM mutations React did not make');
  },
);
