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
  samples?: number[];
  timeDeltas?: number[];
}

/**
 * Milliseconds of the samples with, anywhere on their stack, a frame whose script URL passes
 * `isWanted`: the time spent in those scripts and in everything they called (DOM calls, lazy
 * compilation). A sample stands for the time up to the next sample.
 */
export function sampledMsWhere(
  profile: SampledProfile,
  isWanted: (url: string) => boolean,
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
  samples.forEach((id, i) => {
    if (isWantedNode(id)) us += deltas[i + 1] ?? 0;
  });
  return us / 1000;
}
