import { cpuNote, ms, short } from './format';
import type { BenchReport } from './report';

/** One budget from DESIGN §5 and whether this run met it. */
export interface BudgetCheck {
  what: string;
  value: string;
  budget: string;
  pass: boolean;
}

/**
 * Pages with at least this many KB of text are held to the scan budget. Text is counted by the
 * corpus README's walk (no script, style, noscript, template, textarea, title); 1 KB = 1024 chars.
 */
export const BIG_PAGE_KB = 100;

/** Checks every DESIGN §5 budget the bench measures. */
export function checkBudgets(report: Omit<BenchReport, 'budgets'>): BudgetCheck[] {
  const checks: BudgetCheck[] = [];
  for (const row of report.pages.filter((r) => r.textKB >= BIG_PAGE_KB)) {
    const value = row.scriptMs / row.floorMs;
    checks.push({
      what: `scan vs walk: ${short(row.file)}`,
      value: `${value.toFixed(2)}×${cpuNote(row.scriptCpuMs, row.floorCpuMs)}`,
      budget: '≤ 1.5×',
      pass: value <= 1.5,
    });
  }
  const largest = [...report.pages].sort((a, b) => b.textKB - a.textKB)[0];
  if (largest) {
    const value = largest.longestSliceMs;
    checks.push({
      what: `longest task: ${short(largest.file)}`,
      value: `${ms(value)} ms (${largest.longTasks} long tasks)`,
      budget: '≤ 50 ms',
      pass: value <= 50 && largest.longTasks === 0,
    });
  }
  const worst = [...report.pages].sort((a, b) => b.longestSliceMs - a.longestSliceMs)[0];
  if (worst) {
    checks.push({
      what: `longest task on any page (DESIGN §4): ${short(worst.file)}`,
      value: `${ms(worst.longestSliceMs)} ms`,
      budget: '≤ 50 ms',
      pass: worst.longestSliceMs <= 50,
    });
  }
  for (const row of report.tenK) {
    const value = row.scriptMs / row.floorMs;
    checks.push({
      what: `10k aliases vs walk: ${short(row.file)}`,
      value: `${value.toFixed(2)}×${cpuNote(row.scriptCpuMs, row.floorCpuMs)}`,
      budget: '≤ 3×',
      pass: value <= 3,
    });
  }
  const dyn = report.dynamic.dynamic.scriptMs / report.dynamic.oneScanMs;
  checks.push({
    what: `${report.dynamic.dynamic.paragraphs} paragraphs in ${report.dynamic.dynamic.batches} batches vs one scan`,
    value: `${dyn.toFixed(2)}×`,
    budget: '≤ 1.5×',
    pass: dyn <= 1.5,
  });
  // What a page pays: the shipped bundle compiled, run and started, plus the scan. Without the
  // shipped build (a partial run), the engine alone.
  const shipped = report.shipped[0];
  const lorem = report.noNames[0];
  if (shipped) {
    const value = shipped.compileMs + shipped.scriptMs;
    checks.push({
      what: `content script, no names (shipped build): ${shipped.name}`,
      value: `${ms(value)} ms (compile ${ms(shipped.compileMs)} + script ${ms(shipped.scriptMs)})`,
      budget: '≤ 3 ms',
      pass: value <= 3,
    });
  } else if (lorem) {
    const value = lorem.compileMs + lorem.scriptMs;
    const cpu = lorem.cpuMs === null ? '' : ` (CPU ${ms(lorem.cpuMs)} ms)`;
    checks.push({
      what: `content script, no names (engine only): ${lorem.name}`,
      value: `${ms(value)} ms${cpu}`,
      budget: '≤ 3 ms',
      pass: value <= 3,
    });
  }
  return checks;
}
