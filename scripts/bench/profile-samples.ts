/** Reading V8 CPU profiles (the DevTools protocol's `Profiler.Profile`). */

/** The parts of a profile node this reads. */
export interface ProfileNode {
  id: number;
  callFrame: { url: string };
  children?: number[];
}

/** The parts of a profile this reads. */
export interface SampledProfile {
  nodes: ProfileNode[];
  /** µs, on the trace clock. */
  startTime?: number;
  samples?: number[];
  timeDeltas?: number[];
}

/** A task of the thread, from a trace: wall-clock start and duration, and its CPU time (µs). */
export interface ThreadTask {
  ts: number;
  dur: number;
  tdur: number;
}

/**
 * Milliseconds of the samples with, anywhere on their stack, a frame whose script URL passes
 * `isWanted`: the time spent in those scripts and in everything they called (DOM calls, lazy
 * compilation). A sample stands for the time up to the next sample.
 */
export function sampledMsWhere(
  profile: SampledProfile,
  isWanted: (url: string) => boolean,
  /** The share of a moment's wall-clock time the thread had a CPU (1: all of it). */
  cpuShareAt: (timestamp: number) => number = () => 1,
): number {
  const parent = new Map<number, number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
  }
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const wanted = new Map<number, boolean>();
  const isWantedNode = (id: number): boolean => {
    const known = wanted.get(id);
    if (known !== undefined) return known;
    const node = byId.get(id);
    const up = parent.get(id);
    const result =
      (node !== undefined && isWanted(node.callFrame.url)) ||
      (up !== undefined && isWantedNode(up));
    wanted.set(id, result);
    return result;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  let us = 0;
  let timestamp = profile.startTime ?? 0;
  samples.forEach((id, i) => {
    timestamp += deltas[i] ?? 0;
    if (isWantedNode(id)) us += (deltas[i + 1] ?? 0) * cpuShareAt(timestamp);
  });
  return us / 1000;
}

/**
 * For a thread's tasks, the share of each task's wall-clock time it ran on a CPU (its thread
 * time over its duration): samples are wall-clock, and on a busy machine a thread waits for a
 * CPU mid-task. Outside every task, 1.
 */
export function cpuShareOfTasks(tasks: readonly ThreadTask[]): (timestamp: number) => number {
  // Outermost tasks only: a trace nests them (RunTask holding ThreadControllerImpl::RunTask), and
  // a moment after an inner task ended is still in the outer one.
  const sorted: ThreadTask[] = [];
  for (const task of [...tasks]
    .filter((t) => t.dur > 0)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur)) {
    const last = sorted[sorted.length - 1];
    if (!last || task.ts >= last.ts + last.dur) sorted.push(task);
  }
  return (timestamp) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let found: ThreadTask | undefined;
    // The last task starting at or before the timestamp.
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const task = sorted[mid] as ThreadTask;
      if (task.ts <= timestamp) {
        found = task;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    if (!found || timestamp > found.ts + found.dur) return 1;
    return Math.min(1, found.tdur / found.dur);
  };
}
