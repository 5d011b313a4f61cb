/** Results the in-page harness hands back to the orchestrator (all times in milliseconds). */
import type { StoredMatcher } from '../../lib/knowledge/stored-matcher';
import type { Stage, StageResult } from './breakdown';

/** One bare `TreeWalker` pass over `document.body`. */
export interface FloorResult {
  ms: number;
  nodes: number;
  chars: number;
}

/** The corpus README's walk, to check the page was served the way the labels were made. */
export interface LabelWalk {
  nodeCount: number;
  textLength: number;
}

/** One run of the page highlighter from start until `settled()`: its timing. */
export interface ScanTiming {
  /** Time to compile the matcher (before the scan; regex compilation itself is lazy). */
  compileMs: number;
  /** Sum of the highlighter's slices: time on the main thread, pauses excluded. */
  scriptMs: number;
  /** From start until `settled()` resolved, pauses included. */
  wallMs: number;
  slices: number;
  longestSliceMs: number;
  /** Number of alias variants compiled. */
  matcherSize: number;
}

/** What the last scan found, collected after its timing. */
export interface ScanDetails {
  /** `longtask` entries (≥ 50 ms) that overlap one of our slices. */
  longTasks: number;
  longestLongTaskMs: number;
  mentions: number;
  people: number;
}

/** A scan's timing and findings. */
export type ScanResult = ScanTiming & ScanDetails;

/** One mark.js run until its `done` callback. */
export interface MarkResult {
  ms: number;
  marks: number;
  aliases: number;
}

/** Backstory following a page that appends paragraphs batch by batch. */
export interface DynamicResult {
  /** Our script time spent on the mutations: observer callbacks, frame callbacks and slices. */
  scriptMs: number;
  wallMs: number;
  batches: number;
  paragraphs: number;
  longestTaskMs: number;
  mentions: number;
  /** People mentions the generated text contains. */
  expectedPeople: number;
  people: number;
}

/**
 * Which matcher a scan runs with: `real` is what the content script compiles out of the box (the
 * people; places and organisations are off), `allKinds` every kind switched on, `synthetic10k`
 * the people plus 10,000 synthetic person names.
 */
export type MatcherChoice = 'real' | 'allKinds' | 'synthetic10k';

/** A stored matcher turned into a matcher on the page. */
export interface MatcherLoad {
  /** `JSON.parse` of its data. */
  parseMs: number;
  /** `matcherFromData` of the parsed data. */
  buildMs: number;
  /** Alias variants. */
  size: number;
}

/** The functions the harness puts on `window.__bench`. */
export interface BenchApi {
  /** Waits two frames and a short idle, and collects garbage when `gc` is exposed. */
  settle(): Promise<void>;
  /** Compiles the matcher for the next `scan(choice)` and returns the compile time. */
  compile(choice: MatcherChoice): number;
  floor(): FloorResult;
  labelWalk(): LabelWalk;
  /** Runs the highlighter until settled, compiling the matcher first unless `compile` just did. */
  scan(choice: MatcherChoice): Promise<ScanTiming>;
  /** The last scan's mentions and long tasks; stops its highlighter. */
  scanDetails(): Promise<ScanDetails>;
  mark(): Promise<MarkResult>;
  /** Appends `count` generated paragraphs to `document.body` at once. */
  appendParagraphs(count: number): number;
  dynamic(batches: number, perBatch: number): Promise<DynamicResult>;
  /** Turns a stored matcher's data (JSON text) into a matcher, timing the parse and the build. */
  loadMatcher(stored: StoredMatcher): MatcherLoad;
  /** One piece of a scan timed alone (see `breakdown.ts`), with the real matcher. */
  breakdown(stage: Stage): Promise<StageResult>;
}

declare global {
  interface Window {
    __bench: BenchApi;
  }
}
