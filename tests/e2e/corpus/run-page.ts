import { foreignMutations, type RecordedMutation } from '../harness/mutations';
import { sleep } from '../harness/sleep';
import { type CollectedRange, collect, settle } from './in-page';
import type { PageLabels } from './labels';
import { readMutations } from './observer';
import { sortRequests } from './requests';
import { mergeSpans, type PageScore, type Span, scorePage } from './score';
import type { CorpusServer, ServedRequest } from './serve';
import type { CorpusTab } from './tab';

/** Settling: the highlight count unchanged (and the page idle) this long, at most this long. */
const STABLE_MS = 500;
const SETTLE_TIMEOUT_MS = 20_000;

/** A corpus page loaded and scored in one browser, ready for the card checks. */
export interface LoadedPage {
  labels: PageLabels;
  text: string;
  ranges: CollectedRange[];
  spans: Span[];
  score: PageScore;
  loadMs: number;
  settleMs: number;
  /** What makes the page fail, besides its share of the overall recall and precision. */
  problems: string[];
  /** Where the fixture server's log stood before this page was requested. */
  servedFrom: number;
}

/** The health of a page after everything was done on it: DOM, errors, requests. */
export interface PageHealth {
  /** Mutations Backstory may not make (everything but the card's host). */
  mutations: RecordedMutation[];
  /** Mutations of the card's host (allowed). */
  ownMutations: number;
  /** Mutations made by the page's own inline event handlers (not judged). */
  pageMutations: RecordedMutation[];
  errors: string[];
  consoleErrors: string[];
  extensionRequests: string[];
  /** Hosts the browser itself contacted meanwhile (not judged). */
  browserHosts: string[];
  /** Requests to hosts other than 127.0.0.1 (the page's own assets, aborted). */
  blocked: number;
}

/** Loads a page, lets Backstory settle, walks the text and scores the people highlighted. */
export async function loadAndScore(
  tab: CorpusTab,
  url: string,
  labels: PageLabels,
  placesOrgs: ReadonlySet<string>,
  served: readonly ServedRequest[],
): Promise<LoadedPage> {
  const servedFrom = served.length;
  const t0 = Date.now();
  await tab.load(url);
  const loadMs = Date.now() - t0;
  const settled = await tab.evaluate(settle, { stableMs: STABLE_MS, timeoutMs: SETTLE_TIMEOUT_MS });
  const { nodeCount, text, ranges, rejected } = await tab.evaluate(collect, undefined);
  const problems: string[] = [];
  if (settled.timedOut) {
    problems.push(`highlights still changing after ${SETTLE_TIMEOUT_MS} ms (${settled.count})`);
  }
  const { node_count, text_length } = labels.walk;
  if (nodeCount !== node_count || text.length !== text_length) {
    problems.push(
      `the walk differs from labels.json (the DOM changed): ${nodeCount} nodes / ${text.length} ` +
        `chars, expected ${node_count} / ${text_length}`,
    );
  }
  for (const r of rejected) {
    problems.push(`${r.name} range outside the walk: ${JSON.stringify(r.text)}: ${r.why}`);
  }
  const spans = mergeSpans(ranges, text);
  const score = scorePage(spans, labels, text, placesOrgs);
  return {
    labels,
    text,
    ranges,
    spans,
    score,
    loadMs,
    settleMs: settled.ms,
    problems,
    servedFrom,
  };
}

/** Reads the page's mutation log, errors and requests; adds a problem for each thing wrong. */
export async function pageHealth(
  tab: CorpusTab,
  loaded: LoadedPage,
  server: CorpusServer,
): Promise<PageHealth> {
  // Let the observer's callback run for anything still queued.
  await tab.evaluate(sleep, 50);
  const log = await tab.evaluate(readMutations, undefined);
  const requests = sortRequests(
    tab.kind,
    tab.requests(),
    server.log.slice(loaded.servedFrom),
    server,
  );
  const foreign = foreignMutations(log.records);
  const health: PageHealth = {
    mutations: foreign,
    ownMutations: log.records.length - foreign.length,
    pageMutations: log.page,
    errors: tab.errors(),
    consoleErrors: tab.consoleErrors(),
    extensionRequests: requests.extension,
    browserHosts: requests.browser,
    blocked: requests.blocked,
  };
  const { problems } = loaded;
  if (!log.installed)
    problems.push('the mutation observer never ran (was the inline script served?)');
  for (const m of health.mutations.slice(0, 5)) problems.push(`DOM mutation: ${JSON.stringify(m)}`);
  if (health.mutations.length > 5) problems.push(`… ${health.mutations.length - 5} more mutations`);
  for (const error of health.errors) problems.push(`page error: ${error}`);
  for (const url of health.extensionRequests) problems.push(`request by the extension: ${url}`);
  return health;
}
