/**
 * CPU time of our Chromium's renderer main threads, read from /proc (Linux). Wall-clock times in
 * the page grow whenever other processes take the CPU; a thread's CPU time does not, so it gives
 * a ratio that survives a busy machine. Elsewhere every reading is null.
 */
import { readdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

interface Proc {
  pid: number;
  ppid: number;
}

function processes(): Proc[] {
  const list: Proc[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // Fields after the command name, which may itself contain spaces: state, ppid, ...
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      list.push({ pid: Number(entry), ppid });
    } catch {
      // The process ended while we looked.
    }
  }
  return list;
}

function isRenderer(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('--type=renderer');
  } catch {
    return false;
  }
}

/** CPU milliseconds the main thread of `pid` has run, or null if unreadable. */
function threadCpuMs(pid: number): number | null {
  try {
    return Number(readFileSync(`/proc/${pid}/task/${pid}/schedstat`, 'utf8').split(' ')[0]) / 1e6;
  } catch {
    return null;
  }
}

/** The renderer processes descending from the Chromium this Node process launched. */
function ourRenderers(): number[] {
  if (process.platform !== 'linux') return [];
  const all = processes();
  const children = (pid: number): number[] =>
    all.filter((p) => p.ppid === pid).flatMap((p) => [p.pid, ...children(p.pid)]);
  return children(process.pid).filter(isRenderer);
}

/** Measures renderer main-thread CPU time around `page.evaluate` calls. */
export interface CpuMeter {
  /** Finds the renderers again (call after each navigation) and measures the evaluate overhead. */
  refresh(page: Page): Promise<void>;
  /** Runs `run` and returns its result with the CPU ms it cost, overhead subtracted (null if unknown). */
  measure<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number | null }>;
}

/** A meter for this Node process's Chromium. */
export function createCpuMeter(): CpuMeter {
  let pids: number[] = [];
  let overhead = 0;

  async function raw<T>(run: () => Promise<T>): Promise<{ result: T; cpuMs: number | null }> {
    const before = pids.map(threadCpuMs);
    const result = await run();
    const after = pids.map(threadCpuMs);
    const deltas = after.map((a, i) =>
      a === null || before[i] == null ? 0 : a - (before[i] as number),
    );
    return { result, cpuMs: pids.length ? Math.max(0, ...deltas) : null };
  }

  return {
    async refresh(page) {
      pids = ourRenderers();
      const samples: number[] = [];
      for (let i = 0; i < 3; i++)
        samples.push((await raw(() => page.evaluate(() => 0))).cpuMs ?? 0);
      overhead = Math.min(...samples);
    },
    async measure(run) {
      const { result, cpuMs } = await raw(run);
      return { result, cpuMs: cpuMs === null ? null : Math.max(0, cpuMs - overhead) };
    },
  };
}
