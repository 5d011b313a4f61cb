import type { PageSummary } from './messages';

/**
 * Pure bookkeeping of a tab's frames (DESIGN §4 "Frames"): every frame's content script reports
 * its own summary; the popup and the badge count the whole tab.
 */

/** The latest summary of each frame of a tab that has counted something, by frame id. */
export type FrameSummaries = Record<number, PageSummary>;

/** A frame and how many mentions (of one entity, or in all) it holds. */
export interface FrameCount {
  frameId: number;
  count: number;
}

/** Where the keyboard's or the popup's steps through a tab's mentions stand. */
export interface StepCursor {
  frameId: number;
  /** Which of that frame's mentions (of the entity stepped through) is the current one. */
  index: number;
}

/** The frames in the order they are counted and stepped through: the top frame, then by id. */
const frameIds = (frames: FrameSummaries) =>
  Object.keys(frames)
    .map(Number)
    .sort((a, b) => a - b);

/**
 * `frames` with `frameId`'s latest summary. A frame whose summary counts nothing is dropped: its
 * page has no names (any more), or it is gone (a frame sends an empty summary on `pagehide`).
 */
export function withFrameSummary(
  frames: FrameSummaries,
  frameId: number,
  summary: PageSummary,
): FrameSummaries {
  const { [frameId]: _, ...others } = frames;
  return summary.total > 0 ? { ...others, [frameId]: summary } : others;
}

/** How many mentions the tab holds, all frames together (the badge). */
export function tabTotal(frames: FrameSummaries): number {
  return Object.values(frames).reduce((sum, summary) => sum + summary.total, 0);
}

/**
 * The whole tab's summary: the state and the hostname of the top frame's own (live) summary,
 * the counts of every frame summed per entity, in the order the entities first appear (the top
 * frame's first, then each frame's by id). `frames`' entry for the top frame gives way to `top`.
 */
export function tabSummary(top: PageSummary, frames: FrameSummaries): PageSummary {
  const all = withFrameSummary(frames, 0, top);
  const byEntity = new Map<string, PageSummary['entities'][number]>();
  for (const id of frameIds(all)) {
    for (const entry of all[id]?.entities ?? []) {
      const seen = byEntity.get(entry.entityId);
      if (seen) seen.count += entry.count;
      else byEntity.set(entry.entityId, { ...entry });
    }
  }
  return { ...top, total: tabTotal(all), entities: [...byEntity.values()] };
}

/** The frames holding mentions of `entityId` (of any entity when absent), in stepping order. */
export function framesHolding(frames: FrameSummaries, entityId?: string): FrameCount[] {
  return frameIds(frames)
    .map((frameId) => {
      const summary = frames[frameId];
      const count =
        entityId === undefined
          ? (summary?.total ?? 0)
          : (summary?.entities.find((e) => e.entityId === entityId)?.count ?? 0);
      return { frameId, count };
    })
    .filter((frame) => frame.count > 0);
}

/**
 * The next step through the mentions `holders` count, from `cursor`: the frame's next (or
 * previous) mention while it has one, else the first (or last) of the next frame holding any,
 * wrapping around. `restart` says the frame is entered afresh (its own place in its mentions is
 * not ours to trust). `null` when no frame holds any.
 */
export function nextStep(
  holders: readonly FrameCount[],
  cursor: StepCursor | undefined,
  direction: 1 | -1,
): { cursor: StepCursor; restart: boolean } | null {
  if (holders.length === 0) return null;
  const at = cursor ? holders.findIndex((h) => h.frameId === cursor.frameId) : -1;
  const here = holders[at];
  if (here && cursor) {
    const index = cursor.index + direction;
    if (index >= 0 && index < here.count) {
      return { cursor: { frameId: here.frameId, index }, restart: false };
    }
  }
  const start = at < 0 ? (direction === 1 ? -1 : holders.length) : at;
  const next = holders[(start + direction + holders.length) % holders.length] as FrameCount;
  const index = direction === 1 ? 0 : next.count - 1;
  return { cursor: { frameId: next.frameId, index }, restart: true };
}
