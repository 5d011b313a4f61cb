// The real-page corpus in Chromium and Firefox: `npm run test:corpus` after `npm run build`.
// Scores people's highlights against ../shared/corpus/labels.json (BACKSTORY_CORPUS), checks the
// pages' DOM, errors and requests, and hovers each person on the pages that name the most people.
// BACKSTORY_BROWSERS=chromium|firefox runs one browser; BACKSTORY_ONLY=<part of a file> some pages.

import { cardPages, loadCorpus } from './corpus/labels';
import { runBrowser } from './corpus/run-browser';
import { type CorpusServer, startCorpusServer } from './corpus/serve';
import { assertBuilt } from './harness/browser';
import type { BrowserKind } from './harness/types';

const ALL: readonly BrowserKind[] = ['chromium', 'firefox'];

/** Runs the corpus in each selected browser; resolves to whether everything passed. */
async function main(): Promise<boolean> {
  let passed = 0;
  let failed = 0;
  let server: CorpusServer | undefined;
  try {
    const kinds = (process.env.BACKSTORY_BROWSERS?.split(',') ?? ALL).map((s) => s.trim());
    const unknown = kinds.filter((k) => !ALL.includes(k as BrowserKind));
    if (unknown.length) throw new Error(`Unknown browser in BACKSTORY_BROWSERS: ${unknown}`);
    const corpus = await loadCorpus();
    assertBuilt(kinds as BrowserKind[]);
    server = await startCorpusServer(corpus.pagesDir, corpus.labels.pages);
    const cards = cardPages(corpus.labels);
    console.log(`card checks on: ${cards.map((p) => p.file).join(', ')}`);
    const cardFiles = new Set(cards.map((p) => p.file));
    for (const kind of kinds as BrowserKind[]) {
      try {
        const run = await runBrowser(kind, corpus, server, cardFiles);
        passed += run.passed;
        failed += run.failed;
      } catch (error) {
        failed++;
        console.log(`✗ ${kind}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  } catch (error) {
    failed++;
    console.log(`✗ ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    await server?.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed === 0;
}

process.exitCode = (await main()) ? 0 : 1;
