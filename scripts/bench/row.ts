/** What a row of the bench is: how it measures, its table, its budgets and its method note. */
import type { BudgetCheck } from './budgets';
import type { Lab } from './lab';
import type { BenchServer } from './server';
import type { BenchPage, BenchSession } from './setup';

/** What a row measures with. */
export interface BenchContext {
  /** Fresh tabs (or loads) per measurement (`--runs`). */
  runs: number;
  /** The pages of this run (`--only` applied), with their text KB known. */
  pages: readonly MeasuredPage[];
  /** Serves the pages to the extensions' browsers (no COOP/COEP: as a page usually is). */
  server: BenchServer;
  /** The floor extension, the shipped build and the shipped build with the library. */
  lab: Lab;
  /** The shipped build's folder (a copy of `.output/chrome-mv3`). */
  shippedDir: string;
  /** The in-page harness's browser and server, started on first use. */
  harness(): Promise<BenchSession>;
  /** Options given on the command line (`--markjs`…). */
  flags: ReadonlySet<string>;
  log(message: string): void;
}

/** A bench page whose text size is known. */
export interface MeasuredPage extends BenchPage {
  textKB: number;
  url: string;
}

/** One row of the bench (DESIGN §5): a module in `rows/`. */
export interface Row<T> {
  /** Its id for `--rows=`. */
  id: string;
  /** Its heading in the report. */
  title: string;
  measure(context: BenchContext): Promise<T>;
  /** Its detail table (Markdown). */
  table(result: T): string;
  budgets(result: T): BudgetCheck[];
  /** How it measures, for the report's method section (Markdown). */
  method: string;
}

/** A row with its result, as the report shows it. */
export interface Measured {
  row: Row<unknown>;
  result: unknown;
  budgets: BudgetCheck[];
}

/** Declares a row (keeps its result type checked in its own module). */
export const defineRow = <T>(row: Row<T>): Row<unknown> => row as Row<unknown>;
