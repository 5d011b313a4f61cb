import { extensionDir } from '../harness/browser';
import type { BrowserKind } from '../harness/types';
import { checkCards } from './cards';
import { openChromiumTab } from './chromium-tab';
import { openFirefoxTab } from './firefox-tab';
import type { Corpus } from './labels';
import { addUp, cardLine, header, overallLine, pageLines, type Totals } from './report';
import { loadAndScore, pageHealth } from './run-page';
import type { CorpusServer } from './serve';
import { checkErrorCapture, coverageProblems } from './soundness';

/** Recall and precision for people must both reach this, per browser. */
export const BAR = 0.98;

/** Passed and failed counts of one browser's run. */
export interface BrowserRun {
  passed: number;
  failed: number;
  ms: number;
}

/**
 * Loads every corpus page in one tab of `kind`, scores it, runs the card checks on `cardFiles`,
 * and prints a line per page, per card check and for the overall score.
 */
export async function runBrowser(
  kind: BrowserKind,
  corpus: Corpus,
  server: CorpusServer,
  cardFiles: ReadonlySet<string>,
): Promise<BrowserRun> {
  const started = Date.now();
  const run = { passed: 0, failed: 0, ms: 0 };
  const open = kind === 'chromium' ? openChromiumTab : openFirefoxTab;
  const tab = await open(extensionDir(kind), server.origin);
  const launchMs = Date.now() - started;
  const placesOrgs = new Set(corpus.labels.places_orgs);
  const totals: Totals = { targets: 0, found: 0, tp: 0, fp: 0 };
  const only = process.env.BACKSTORY_ONLY;
  const pages = corpus.labels.pages.filter((p) => !only || p.file.includes(only));
  const browserHosts = new Set<string>();
  let scored = 0;
  console.log(`\n${kind}: ${pages.length} pages`);
  console.log(header());
  const cardOutput: string[] = [];
  try {
    const probePage = corpus.labels.pages[0];
    if (tab.throwInExtension && probePage) {
      const problem = await checkErrorCapture(tab, server.url(probePage));
      if (problem) run.failed++;
      else run.passed++;
      console.log(
        problem
          ? `✗ ${kind} › our content script's errors are counted: ${problem}`
          : `✓ ${kind} › our content script's errors are counted (a probe thrown in its world was)`,
      );
    }
    for (const labels of pages) {
      try {
        const page = await loadAndScore(tab, server.url(labels), labels, placesOrgs, server.log);
        scored++;
        const cards = cardFiles.has(labels.file)
          ? await checkCards(tab, page, corpus.labels.people)
          : [];
        const health = await pageHealth(tab, page, server);
        for (const host of health.browserHosts) browserHosts.add(host);
        addUp(totals, page);
        for (const line of pageLines(kind, page, health)) console.log(line);
        if (page.problems.length) run.failed++;
        else run.passed++;
        for (const check of cards) {
          cardOutput.push(cardLine(kind, check));
          if (check.problem) run.failed++;
          else run.passed++;
        }
      } catch (error) {
        run.failed++;
        console.log(`✗ ${labels.file} ${kind}: ${String(error).split('\n')[0]}`);
      }
    }
  } finally {
    await tab.close().catch(() => {});
  }
  for (const line of cardOutput) console.log(line);
  if (browserHosts.size) {
    console.log(`  the browser's own traffic (not judged): ${[...browserHosts].join(', ')}`);
  }
  const [line, ok] = overallLine(kind, totals, BAR);
  console.log(line);
  if (ok) run.passed++;
  else run.failed++;
  const coverage = coverageProblems({
    corpusPages: corpus.labels.pages.length,
    selected: pages.length,
    scored,
    targets: totals.targets,
    filter: only,
  });
  if (coverage.note) console.log(`  ${coverage.note}`);
  for (const problem of coverage.problems) console.log(`✗ ${kind} › coverage: ${problem}`);
  run.failed += coverage.problems.length;
  run.ms = Date.now() - started;
  const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
  console.log(`  ${kind}: launch ${seconds(launchMs)}, total ${seconds(run.ms)}`);
  return run;
}
