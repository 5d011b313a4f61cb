import os from 'node:os';
import { type BenchReport, renderTables } from './report';
import { QUIET_MS, SHIPPED_RUNS } from './shipped';

/** Marks the hand-written part of `docs/benchmarks.md`, kept when the bench rewrites the file. */
export const NOTES_MARKER =
  '<!-- Everything below this line is kept when `npm run bench` rewrites the file. -->';

/** The machine the numbers were measured on. */
export function describeMachine(chromiumVersion: string): string {
  const cpus = os.cpus();
  const memory = (os.totalmem() / 2 ** 30).toFixed(1);
  return [
    `CPU: ${cpus[0]?.model ?? 'unknown'} × ${cpus.length} cores, ${memory} GiB memory`,
    `OS: ${os.type()} ${os.release()} (${os.platform()} ${os.arch()})`,
    `Chromium ${chromiumVersion} headless, Node ${process.version}`,
  ].join('; ');
}

/** How each number is measured, as the bench did it in this run. */
export function describeMethod(isolated: boolean): string {
  const timers = isolated
    ? 'The server also sends COOP/COEP headers so the page is cross-origin isolated and\n  `performance.now()` has 5 µs resolution (100 µs otherwise; `--exact-headers` turns this off).'
    : 'Served without COOP/COEP (`--exact-headers`): `performance.now()` has 100 µs resolution.';
  return `- Pages are served from a node:http server on 127.0.0.1 as the corpus README says (every
  \`<script>\` removed over the latin1 bytes, \`Content-Type: text/html; charset=<labels.json charset>\`),
  every other host aborted, viewport 1280×900, \`load\` awaited, then two frames, 50 ms of quiet and a
  forced GC before each measurement. ${timers} The README's text walk is checked against
  \`labels.json\` (a ⚠ marks a page where it differs).
- An esbuild IIFE bundle of \`scripts/bench/page-harness.ts\` (the real engine, \`ENTITIES\`, mark.js)
  is injected with \`page.addScriptTag\` after load; every measurement runs inside the page. **Every
  timed run is on a fresh load**, so each starts with cold DOM wrappers, cold JIT and no highlights;
  the harness source differs on every load (a counter in a trailing comment), so V8's compilation
  cache never hands a load the code compiled for an earlier one: every run pays the lazy
  compilation a content script pays on the first page of a site.
- **floor**: one bare \`TreeWalker\` (\`SHOW_TEXT\`) over \`document.body\` reading every node's \`data\`,
  the first walk after a fresh load; median over its loads (*runs f*). A second walk on the same
  load is several times faster: the first creates the JS wrapper and string of every text node, as
  our scan must. *text nodes* are this walk's. *text KB* is the text of the corpus README's walk (no
  script, style, noscript, template, textarea, title; 1 KB = 1024 characters); pages with ≥ 100 KB
  are the budget pages.
- **backstory**: the matcher the content script starts with, the people's aliases (places and
  organisations are off by default and looked for only once switched on), rebuilt as the content
  script does from the data the build compiled (\`createMatcherCache\`, the same \`define\`),
  timed apart, not in the ratio; then
  \`startPageHighlighter\` until \`settled()\`. *backstory ms* is script time: the sum of the slices
  between yields, timed by wrapping \`yieldToPage\` (a slice ends at the next yield or \`onChange\`).
  *wall ms* includes the pauses. *longest task* is the longest slice over all runs; \`longtask\`
  entries overlapping a run are counted in the budget. Median over its loads (*runs b*: 5 on budget
  pages, 3 on the others).
- **CPU ratio**: the same two measurements as CPU time of the renderer's main thread
  (\`/proc/<pid>/task/<pid>/schedstat\`, read around the \`page.evaluate\` call, minus the cost of an
  empty evaluate). In-page times are wall-clock and grow whenever other processes take the CPU;
  this does not, so on a busy machine it is the ratio to trust. It includes everything the main
  thread did meanwhile (GC, painting our highlights).
- **mark.js** 8.11: \`new Mark(document.body).mark(aliases, { separateWordSearch: false, accuracy:
  'exactly', diacritics: false, exclude })\` with every page alias of the people in \`ENTITIES\`, timed
  until \`done\`, after the floor walks on a floor load (it changes the DOM, so it goes last). One run
  on budget pages, 3 on the others (*runs m*).
- **every kind switched on**: the same scan with every entity's aliases, all kinds shown, on the
  budget pages (3 fresh loads each; no budget, for information).
- **10,000 aliases**: the people's rules plus 10,000 distinct synthetic two-word person names
  ("Adele Abernathy"…, from 200 × 200 first and last names) on every budget page and at least the
  three largest; 3 fresh loads each. Compile time (which runs the expressions once, so the engine
  compiles them) is shown apart.
- **dynamic**: a blank page; the highlighter starts, then 100 batches of 100 \`<p>\` (one sentence each,
  every fifth naming a person) are appended, one batch per animation frame. Script time = every
  callback the highlighter registers (MutationObserver, requestAnimationFrame, setTimeout — timed by
  patching those globals before it starts, each with the microtasks it queues) plus every slice
  after a yield. Compared with one scan of the same 10,000 paragraphs already on the page.
- **no names, engine only**: building the matcher + scan on a generated 50 KB lorem-ipsum page
  (cold, as a content script is), and the corpus pages labelled *no-names*. This leaves out
  everything the content script does before the engine starts.
- **the shipped content script** (the budget row): \`wxt build\` makes the chrome-mv3 build, which
  is loaded as an extension into its own Chromium; each run opens a new tab (a new renderer
  process, so nothing is cached) on the page, waits for our highlights to be registered and
  ${QUIET_MS} ms more. *compile* is the thread (CPU) time of V8's \`v8.compile\` trace event for
  \`content.js\`; *script* is the CPU-profile samples (every 100 µs) with a frame of the
  extension's scripts on the stack (top level, reading the settings, starting up, the scan), each
  weighted by the CPU share of the main-thread task it fell in (thread time over wall time, from
  the same trace): the content script runs as the page loads, when a 2-core machine keeps the
  main thread waiting for a CPU about half the time. Nothing in the page or the build is changed.
  Still noisy: medians of ${SHIPPED_RUNS} runs on the lorem page, 5 on the corpus pages.`;
}

/** The whole `docs/benchmarks.md`, with the previous file's notes carried over. */
export function renderDoc(input: {
  report: BenchReport;
  machine: string;
  command: string;
  date: string;
  minutes: number;
  isolated: boolean;
  /** Load average while the bench ran: other processes inflate every time. */
  load: string;
  /** The commit measured (see `revision()`). */
  revision: string;
  previous: string | null;
}): string {
  const passed = input.report.budgets.filter((b) => b.pass).length;
  const notes = input.previous?.split(NOTES_MARKER)[1]?.trim();
  return `# Benchmarks

Generated by \`${input.command}\` on ${input.date} in ${input.minutes.toFixed(1)} minutes.
${passed} of ${input.report.budgets.length} budgets met.

Engine: commit ${input.revision}.

Machine: ${input.machine}. Load average ${input.load}: on a busy machine every time is inflated
and noisy (times are wall-clock \`performance.now()\` inside the page).

## Method

${describeMethod(input.isolated)}

## Results

${renderTables(input.report)}

${NOTES_MARKER}

${notes ?? '## Notes\n'}
`;
}
