/** Reading V8 CPU profiles (the DevTools protocol's `Profiler.Profile`). */

/** The parts of a profile node this reads. */
export interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName?: string };
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

/** One sample: whether a wanted frame is on its stack, whether it is the garbage collector, its weighted µs. */
interface Sample {
  wanted: boolean;
  gc: boolean;
  us: number;
}

/**
 * The profile's samples in order. A sample stands for the time up to the next one (the last has
 * none), weighted by `cpuShareAt` its timestamp.
 */
function samplesOf(
  profile: SampledProfile,
  isWanted: (url: string) => boolean,
  cpuShareAt: (timestamp: number) => number,
): Sample[] {
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
  const deltas = profile.timeDeltas ?? [];
  let timestamp = profile.startTime ?? 0;
  return (profile.samples ?? []).map((id, i) => {
    timestamp += deltas[i] ?? 0;
    return {
      wanted: isWantedNode(id),
      gc: byId.get(id)?.callFrame.functionName === '(garbage collector)',
      us: (deltas[i + 1] ?? 0) * cpuShareAt(timestamp),
    };
  });
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
  let us = 0;
  for (const sample of samplesOf(profile, isWanted, cpuShareAt)) if (sample.wanted) us += sample.us;
  return us / 1000;
}

/**
 * The longest stretch of consecutive samples with a wanted frame on the stack, in ms weighted as
 * in {@link sampledMsWhere}: about the longest task of those scripts. A garbage-collector sample
 * between two wanted ones continues the stretch (it has no JS stack, and collects what the
 * stretch allocated); any other sample ends it.
 */
export function longestRunMs(
  profile: SampledProfile,
  isWanted: (url: string) => boolean,
  cpuShareAt: (timestamp: number) => number = () => 1,
): number {
  let longest = 0;
  let run = 0;
  let pendingGc = 0;
  for (const sample of samplesOf(profile, isWanted, cpuShareAt)) {
    if (sample.wanted) {
      run += pendingGc + sample.us;
      pendingGc = 0;
      longest = Math.max(longest, run);
    } else if (sample.gc && run > 0) {
      pendingGc += sample.us;
    } else {
      run = 0;
      pendingGc = 0;
    }
  }
  return longest / 1000;
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
