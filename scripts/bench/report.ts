import type { BudgetCheck } from './budgets';
import { cpuRatio, kb, ms, ratio, short } from './format';
import type { DynamicResult } from './types';

/** One corpus page: medians over its runs (ms), except the worst slice and long tasks. */
export interface PageRow {
  file: string;
  folder: string;
  textKB: number;
  nodes: number;
  floorMs: number;
  /** Renderer main-thread CPU time of the same walk (null where /proc is not readable). */
  floorCpuMs: number | null;
  floorWarmMs: number;
  scriptMs: number;
  scriptCpuMs: number | null;
  wallMs: number;
  compileMs: number;
  longestSliceMs: number;
  longTasks: number;
  mentions: number;
  people: number;
  matcherSize: number;
  markMs: number;
  marks: number;
  runs: { floor: number; ours: number; mark: number };
  /** Whether the README walk matched `labels.json` (null: page not labelled). */
  walkMatches: boolean | null;
  category: string;
}

/** The same page scanned with 10,000 extra person aliases. */
export interface TenKRow {
  file: string;
  textKB: number;
  floorMs: number;
  floorCpuMs: number | null;
  scriptMs: number;
  scriptCpuMs: number | null;
  compileMs: number;
  wallMs: number;
  longestSliceMs: number;
  longTasks: number;
  matcherSize: number;
  mentions: number;
  people: number;
  runs: number;
}

/** Appending paragraphs batch by batch vs one scan of them all. */
export interface DynamicRow {
  dynamic: DynamicResult;
  oneScanMs: number;
  oneScanWallMs: number;
  runs: { dynamic: number; oneScan: number };
}

/** Content-script cost on a page without names: matcher compile plus the whole scan. */
export interface NoNamesRow {
  name: string;
  textKB: number;
  compileMs: number;
  scriptMs: number;
  /** Renderer main-thread CPU time of compile + scan. */
  cpuMs: number | null;
  mentions: number;
  runs: number;
}

/** The shipped content script on one page, measured from outside the page (see shipped.ts). */
export interface ShippedRow {
  name: string;
  compileMs: number;
  scriptMs: number;
  /** People highlighted: 0 on a page without names. */
  people: number;
  runs: number;
}

/** Everything one run measured. */
export interface BenchReport {
  pages: PageRow[];
  tenK: TenKRow[];
  /** The budget pages with places and organisations switched on too (no budget). */
  allKinds: TenKRow[];
  dynamic: DynamicRow;
  noNames: NoNamesRow[];
  /** Empty when the run left the shipped build out (`--only`). */
  shipped: ShippedRow[];
  budgets: BudgetCheck[];
}

/** Median of a non-empty list (mean of the middle two for an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[mid] as number)
    : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

type Column<T> = [header: string, cell: (row: T) => string];

function table<T>(rows: readonly T[], columns: Column<T>[]): string {
  const header = columns.map(([name]) => name);
  const align = columns.map((_, i) => (i === 0 ? '---' : '---:'));
  const body = rows.map((row) => columns.map(([, cell]) => cell(row)));
  return [header, align, ...body].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

/** The report's tables as Markdown (also what the console shows). */
export function renderTables(report: BenchReport): string {
  const pages = table<PageRow>(report.pages, [
    [
      'page',
      (r) => `${r.folder}/${short(r.file)}${r.walkMatches === false ? ' ⚠ walk≠labels' : ''}`,
    ],
    ['text KB', (r) => kb(r.textKB)],
    ['text nodes', (r) => String(r.nodes)],
    ['floor ms', (r) => ms(r.floorMs)],
    ['backstory ms', (r) => ms(r.scriptMs)],
    ['ratio', (r) => ratio(r.scriptMs, r.floorMs)],
    ['CPU ratio', (r) => cpuRatio(r.scriptCpuMs, r.floorCpuMs)],
    ['mark.js ms', (r) => ms(r.markMs)],
    ['ratio', (r) => ratio(r.markMs, r.floorMs)],
    ['longest task ms', (r) => ms(r.longestSliceMs)],
    ['mentions (people)', (r) => `${r.mentions} (${r.people})`],
    ['wall ms', (r) => ms(r.wallMs)],
    ['runs f/b/m', (r) => `${r.runs.floor}/${r.runs.ours}/${r.runs.mark}`],
  ]);
  // The same page with another matcher: 10,000 extra aliases, or every kind switched on.
  const otherMatcher: Column<TenKRow>[] = [
    ['page', (r) => short(r.file)],
    ['text KB', (r) => kb(r.textKB)],
    ['alias variants', (r) => String(r.matcherSize)],
    ['floor ms', (r) => ms(r.floorMs)],
    ['compile ms', (r) => ms(r.compileMs)],
    ['scan ms', (r) => ms(r.scriptMs)],
    ['ratio', (r) => ratio(r.scriptMs, r.floorMs)],
    ['CPU ratio', (r) => cpuRatio(r.scriptCpuMs, r.floorCpuMs)],
    ['longest task ms', (r) => ms(r.longestSliceMs)],
    ['mentions (people)', (r) => `${r.mentions} (${r.people})`],
    ['wall ms', (r) => ms(r.wallMs)],
    ['runs', (r) => String(r.runs)],
  ];
  const tenK = table<TenKRow>(report.tenK, otherMatcher);
  const allKinds = table<TenKRow>(report.allKinds, otherMatcher);
  const dynamic = table<DynamicRow>(
    [report.dynamic],
    [
      [
        'run',
        (r) =>
          `${r.dynamic.batches} batches of ${r.dynamic.paragraphs / r.dynamic.batches}, one per frame`,
      ],
      ['paragraphs', (r) => String(r.dynamic.paragraphs)],
      ['script ms', (r) => ms(r.dynamic.scriptMs)],
      ['one scan ms', (r) => ms(r.oneScanMs)],
      ['ratio', (r) => ratio(r.dynamic.scriptMs, r.oneScanMs)],
      ['longest task ms', (r) => ms(r.dynamic.longestTaskMs)],
      ['people found / expected', (r) => `${r.dynamic.people} / ${r.dynamic.expectedPeople}`],
      ['wall ms', (r) => ms(r.dynamic.wallMs)],
      ['runs', (r) => `${r.runs.dynamic}/${r.runs.oneScan}`],
    ],
  );
  const noNames = table<NoNamesRow>(report.noNames, [
    ['page', (r) => short(r.name)],
    ['text KB', (r) => kb(r.textKB)],
    ['compile ms', (r) => ms(r.compileMs)],
    ['scan ms', (r) => ms(r.scriptMs)],
    ['total ms', (r) => ms(r.compileMs + r.scriptMs)],
    ['CPU ms', (r) => (r.cpuMs === null ? '–' : ms(r.cpuMs))],
    ['mentions', (r) => String(r.mentions)],
    ['runs', (r) => String(r.runs)],
  ]);
  const shipped = table<ShippedRow>(report.shipped, [
    ['page', (r) => short(r.name)],
    ['compile ms', (r) => ms(r.compileMs)],
    ['script ms', (r) => ms(r.scriptMs)],
    ['total ms', (r) => ms(r.compileMs + r.scriptMs)],
    ['people highlighted', (r) => String(r.people)],
    ['runs', (r) => String(r.runs)],
  ]);
  const budgets = table<BudgetCheck>(report.budgets, [
    ['budget', (b) => b.what],
    ['measured', (b) => b.value],
    ['limit', (b) => b.budget],
    ['result', (b) => (b.pass ? 'PASS' : '**FAIL**')],
  ]);
  return [
    `### Corpus pages\n\n${pages}`,
    `### 10,000 extra aliases\n\n${tenK}`,
    `### Every kind switched on (for information: out of the box only people are looked for)\n\n${allKinds}`,
    `### Dynamic page\n\n${dynamic}`,
    `### Content script on pages without names\n\nThe engine alone (in-page harness):\n\n${noNames}`,
    ...(report.shipped.length
      ? [`### The shipped content script (chrome-mv3 build loaded as an extension)\n\n${shipped}`]
      : []),
    `### Budgets (DESIGN §5)\n\n${budgets}`,
  ].join('\n\n');
}
