import type { BrowserKind } from '../harness/types';
import type { CardCheck } from './cards';
import type { LoadedPage, PageHealth } from './run-page';
import { ratio } from './score';

const COLUMNS: [string, number][] = [
  ['file', 46],
  ['browser', 8],
  ['targets', 7],
  ['TP', 4],
  ['FP', 4],
  ['FN', 4],
  ['recall', 6],
  ['precision', 9],
  ['mutations', 9],
  ['errors', 6],
  ['ext.req', 7],
  ['blocked', 7],
  ['load', 5],
  ['settle', 6],
];

function row(cells: (string | number)[]): string {
  return cells
    .map((cell, i) => {
      const [, width] = COLUMNS[i] ?? ['', 6];
      const text = String(cell);
      const fitted = text.length > width ? `${text.slice(0, width - 1)}…` : text;
      return i === 0 ? fitted.padEnd(width) : fitted.padStart(width);
    })
    .join(' ');
}

/** The table's header line. */
export function header(): string {
  return `  ${row(COLUMNS.map(([name]) => name))}`;
}

/** One table line for a page in a browser, then every finding under it. */
export function pageLines(kind: BrowserKind, page: LoadedPage, health: PageHealth): string[] {
  const { score } = page;
  const ok = page.problems.length === 0;
  const lines = [
    `${ok ? '✓' : '✗'} ${row([
      page.labels.file,
      kind,
      score.targets,
      score.tp,
      score.fp,
      score.targets - score.found,
      ratio(score.found, score.targets),
      ratio(score.tp, score.tp + score.fp),
      health.mutations.length,
      health.errors.length,
      health.extensionRequests.length,
      health.blocked,
      `${(page.loadMs / 1000).toFixed(1)}s`,
      `${(page.settleMs / 1000).toFixed(1)}s`,
    ])}`,
  ];
  for (const fp of score.falsePositives) {
    lines.push(`    FALSE POSITIVE @${fp.offset} "${fp.text}" (${fp.why}): ${fp.context}`);
  }
  for (const miss of score.missed) {
    lines.push(`    MISSED @${miss.offset} "${miss.text}" (${miss.why}): ${miss.context}`);
  }
  for (const problem of page.problems) lines.push(`    FAIL ${problem}`);
  for (const text of health.consoleErrors) lines.push(`    console error (not judged): ${text}`);
  for (const m of health.pageMutations) {
    lines.push(`    mutation by the page's own inline handler (not judged): ${JSON.stringify(m)}`);
  }
  return lines;
}

/** One line per card check. */
export function cardLine(kind: BrowserKind, check: CardCheck): string {
  const what = `card › ${check.surname} on ${check.file}`;
  return check.problem
    ? `✗ ${kind} › ${what}: ${check.problem}${check.shown ? ` (showed ${check.shown})` : ''}`
    : `✓ ${kind} › ${what}: ${check.shown}`;
}

/** Totals of one browser's run. */
export interface Totals {
  targets: number;
  found: number;
  tp: number;
  fp: number;
}

/** Adds a page's score to the totals. */
export function addUp(totals: Totals, page: LoadedPage): void {
  totals.targets += page.score.targets;
  totals.found += page.score.found;
  totals.tp += page.score.tp;
  totals.fp += page.score.fp;
}

/** The overall line of a browser and whether it meets the bar. */
export function overallLine(kind: BrowserKind, t: Totals, bar: number): [string, boolean] {
  // Nothing to find is no pass: a run that scored no mention proves nothing.
  const recall = t.targets ? t.found / t.targets : 0;
  const precision = t.tp + t.fp ? t.tp / (t.tp + t.fp) : 1;
  const ok = recall >= bar && precision >= bar;
  const line =
    `${ok ? '✓' : '✗'} ${kind} › overall people: recall ${ratio(t.found, t.targets)} ` +
    `(${t.found}/${t.targets}), precision ${ratio(t.tp, t.tp + t.fp)} (${t.tp}/${t.tp + t.fp}); ` +
    `both must be ≥ ${bar}`;
  return [line, ok];
}
