/**
 * In-page benchmark harness: bundled by esbuild into an IIFE, injected after `load`, it exposes
 * `window.__bench` so every measurement runs inside the page with `performance.now()`.
 */
import Mark from 'mark.js';
import { ENTITIES } from '../../data/entities';
import { storedMatcherData } from '../../lib/knowledge/stored-matcher';
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { yieldToPage } from '../../lib/page/schedule';
import { compileMatcher, type Matcher } from '../../lib/text/compile-matcher';
import { type MatcherData, matcherFromData } from '../../lib/text/matcher-data';
import { sleep } from '../../tests/e2e/harness/sleep';
import { runStage } from './breakdown';
import { dynamic } from './dynamic-harness';
import { appendParagraphs, now, settle } from './in-page';
import { ALL_KINDS, PEOPLE_ONLY, rulesFor } from './matchers';
import type { BenchApi, FloorResult, MatcherChoice, ScanDetails, ScanTiming } from './types';

/** The people's matcher as data (JSON text), compiled when the harness was bundled (setup.ts). */
declare const __BENCH_PEOPLE_MATCHER__: string;

const collectGarbage = (globalThis as { gc?: () => void }).gc;
const MARK_EXCLUDE = ['script', 'style', 'noscript', 'template', 'textarea', 'input', 'select'];
/** Matchers compiled ahead of a scan, so its CPU time is the scan's alone. */
const prepared = new Map<MatcherChoice, { matcher: Matcher; compileMs: number }>();

function compile(choice: MatcherChoice) {
  const rules = choice === 'real' ? [] : rulesFor(choice);
  const start = now();
  // The content script's own matcher is built from the data the build compiled.
  const matcher =
    choice === 'real'
      ? matcherFromData(JSON.parse(__BENCH_PEOPLE_MATCHER__) as MatcherData)
      : compileMatcher(rules);
  const entry = { matcher, compileMs: now() - start };
  prepared.set(choice, entry);
  return entry;
}

/** Collects `longtask` entries, to count those that overlap one of our slices. */
function watchLongTasks() {
  const entries: PerformanceEntry[] = [];
  const observer = new PerformanceObserver((list) => entries.push(...list.getEntries()));
  observer.observe({ type: 'longtask' });
  return async (slices: readonly [number, number][]) => {
    await sleep(20);
    entries.push(...observer.takeRecords());
    observer.disconnect();
    const ours = entries.filter((e) =>
      slices.some(([from, to]) => e.startTime < to && e.startTime + e.duration > from),
    );
    return { count: ours.length, longest: Math.max(0, ...ours.map((e) => e.duration)) };
  };
}

function floor(): FloorResult {
  const start = now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    chars += (node as Text).data.length;
    nodes++;
  }
  return { ms: now() - start, nodes, chars };
}

const LABEL_REJECT = 'script, style, noscript, template, textarea, title, head';

function labelWalk() {
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
    acceptNode: (node) =>
      node.parentElement?.closest(LABEL_REJECT)
        ? NodeFilter.FILTER_REJECT
        : NodeFilter.FILTER_ACCEPT,
  });
  let nodeCount = 0;
  let textLength = 0;
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    textLength += (node as Text).data.length;
    nodeCount++;
  }
  return { nodeCount, textLength };
}

/** What `scanDetails` needs from the last scan, collected after its timing ended. */
let lastScan: (() => Promise<ScanDetails>) | null = null;

/**
 * Runs the highlighter on the page until settled, timing every slice between two yields. Returns
 * at once when settled, so a measurement around it (CPU time) covers the scan and nothing else.
 */
async function scan(choice: MatcherChoice): Promise<ScanTiming> {
  const { matcher, compileMs } = prepared.get(choice) ?? compile(choice);
  prepared.delete(choice);
  const stopLongTasks = watchLongTasks();
  const controller = new AbortController();
  const slices: [number, number][] = [];
  let open = true;
  let sliceStart = now();
  const close = () => {
    if (open) slices.push([sliceStart, now()]);
    open = false;
  };
  const pause = async () => {
    close();
    await yieldToPage();
    sliceStart = now();
    open = true;
  };
  const start = sliceStart;
  const highlighter = startPageHighlighter({
    matcher,
    visibleKinds: choice === 'allKinds' ? ALL_KINDS : PEOPLE_ONLY,
    signal: controller.signal,
    yieldToPage: pause,
    onChange: close,
  });
  // No close() here: the highlighter may start its first slice in a microtask after returning.
  await highlighter.settled();
  close();
  const end = now();
  lastScan = async () => {
    const mentions = highlighter.mentions();
    controller.abort();
    const tasks = await stopLongTasks(slices);
    return {
      longTasks: tasks.count,
      longestLongTaskMs: tasks.longest,
      mentions: mentions.length,
      people: mentions.filter((m) => m.kind === 'person').length,
    };
  };
  const durations = slices.map(([from, to]) => to - from);
  return {
    compileMs,
    scriptMs: durations.reduce((a, b) => a + b, 0),
    wallMs: end - start,
    slices: slices.length,
    longestSliceMs: Math.max(0, ...durations),
    matcherSize: matcher.size,
  };
}

async function mark() {
  const people = ENTITIES.filter((e) => e.kind === 'person');
  const aliases = [...new Set(people.flatMap((e): readonly string[] => e.aliases))];
  const start = now();
  const marks = await new Promise<number>((resolve) => {
    new Mark(document.body).mark(aliases, {
      separateWordSearch: false,
      accuracy: 'exactly',
      diacritics: false,
      exclude: MARK_EXCLUDE,
      done: resolve,
    });
  });
  return { ms: now() - start, marks, aliases: aliases.length };
}

const api: BenchApi = {
  async settle() {
    await settle();
    collectGarbage?.();
  },
  compile(choice) {
    const { compileMs } = compile(choice);
    // The compile's garbage is collected now, not during the scan that is timed next.
    collectGarbage?.();
    return compileMs;
  },
  floor,
  labelWalk,
  scan,
  async scanDetails() {
    const details = lastScan?.();
    lastScan = null;
    if (!details) throw new Error('scanDetails() before scan()');
    return details;
  },
  mark,
  appendParagraphs: (count) => appendParagraphs(count, 0),
  loadMatcher(stored) {
    const start = now();
    const data = storedMatcherData(stored);
    const parsed = now();
    const matcher = matcherFromData(data);
    return { parseMs: parsed - start, buildMs: now() - parsed, size: matcher.size };
  },
  dynamic,
  breakdown: (stage) => runStage(stage, (prepared.get('real') ?? compile('real')).matcher),
};
window.__bench = api;
