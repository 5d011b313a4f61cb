import type { PageSummary } from './messages';
import { type FrameSummaries, type StepCursor, tabTotal, withFrameSummary } from './tab-summaries';

/** What the background keeps about one tab. */
export interface TabRecord {
  frames: FrameSummaries;
  /** Where the keyboard command's steps stand. */
  cursor?: StepCursor;
}

/** The part of a `browser.storage` area the store uses. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
}

const keyOf = (tabId: number) => `tab-frames:${tabId}`;

/**
 * The background's record of each tab's frames. An MV3 service worker may be stopped at any
 * moment, so every record is written through to `area` (`storage.session`: kept while the
 * browser runs, never on disk) and read back from it after a restart; without an area, memory
 * only. Operations run one after another: frames report concurrently.
 */
export function createTabFramesStore(area: SessionArea | undefined) {
  const records = new Map<number, TabRecord>();
  let queue: Promise<unknown> = Promise.resolve();

  /** Runs `op` after every operation queued before it. */
  function serial<T>(op: () => Promise<T>): Promise<T> {
    const run = queue.then(op, op);
    queue = run.catch(() => {});
    return run;
  }

  async function load(tabId: number): Promise<TabRecord> {
    let record = records.get(tabId);
    if (!record) {
      const stored = await area?.get(keyOf(tabId)).catch(() => undefined);
      record = (stored?.[keyOf(tabId)] as TabRecord | undefined) ?? { frames: {} };
      records.set(tabId, record);
    }
    return record;
  }

  async function save(tabId: number, record: TabRecord): Promise<void> {
    records.set(tabId, record);
    const empty = Object.keys(record.frames).length === 0;
    await (empty ? area?.remove(keyOf(tabId)) : area?.set({ [keyOf(tabId)]: record }))?.catch(
      () => {},
    );
  }

  return {
    /** Records a frame's latest summary; resolves with the tab's total (for the badge). */
    report(tabId: number, frameId: number, summary: PageSummary): Promise<number> {
      return serial(async () => {
        const record = await load(tabId);
        const frames = withFrameSummary(record.frames, frameId, summary);
        await save(tabId, { ...record, frames });
        return tabTotal(frames);
      });
    },
    /** The tab's record (no frames when nothing was reported). */
    get(tabId: number): Promise<TabRecord> {
      return serial(() => load(tabId));
    },
    /** Moves the tab's keyboard cursor. */
    setCursor(tabId: number, cursor: StepCursor): Promise<void> {
      return serial(async () => save(tabId, { ...(await load(tabId)), cursor }));
    },
    /** Forgets a tab (closed, or its top frame navigated to a new document). */
    forget(tabId: number): Promise<void> {
      return serial(async () => {
        records.delete(tabId);
        await area?.remove(keyOf(tabId)).catch(() => {});
      });
    },
  };
}

/** The object {@link createTabFramesStore} returns. */
export type TabFramesStore = ReturnType<typeof createTabFramesStore>;
