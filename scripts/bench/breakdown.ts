/** In-page pieces of a scan timed one at a time, to find where Backstory's time goes. */
import { makeRange } from '../../lib/page/highlights';
import { createTextScan } from '../../lib/page/scan-text';
import { SLICE_MS, yieldToPage } from '../../lib/page/schedule';
import type { TextRun } from '../../lib/page/text-runs';
import type { Matcher } from '../../lib/text/compile-matcher';
import type { Mention } from '../../lib/text/types';

/** What a breakdown stage does on top of the previous one. */
export type Stage = 'walk' | 'match' | 'ranges';

/** One stage's time and what it saw. */
export interface StageResult {
  stage: Stage;
  ms: number;
  runs: number;
  blocks: number;
  chars: number;
  mentions: number;
}

/**
 * Runs the text scan over `document.body` in slices like the highlighter, adding per stage: `walk`
 * only collects the text (its candidate expression never matches), `match` searches it and runs
 * `findMentions` on every run that may hold a name, `ranges` also makes each mention's range and
 * adds it to a (registered) Highlight, as the highlighter does.
 */
export async function runStage(stage: Stage, matcher: Matcher): Promise<StageResult> {
  const highlight = new Highlight();
  CSS.highlights.set('backstory-breakdown', highlight);
  let runs = 0;
  let blocks = 0;
  let chars = 0;
  let mentions = 0;
  const onRun = (run: TextRun, found: Mention[]) => {
    runs++;
    chars += run.text.length;
    if (stage === 'walk') return;
    mentions += found.length;
    if (stage === 'match') return;
    let i = 0;
    for (const { start, end } of found) {
      while (i + 1 < run.nodes.length && (run.starts[i + 1] as number) <= start) i++;
      let j = i;
      while (j + 1 < run.nodes.length && (run.starts[j + 1] as number) < end) j++;
      const startNode = run.nodes[i] as Text;
      const endNode = run.nodes[j] as Text;
      const startOffset = start - (run.starts[i] as number);
      const endOffset = end - (run.starts[j] as number);
      highlight.add(makeRange(document, startNode, startOffset, endNode, endOffset));
    }
  };
  // Sliced and yielding like the highlighter, so the same engine warm-up and GC pattern apply.
  let ms = 0;
  let start = performance.now();
  const scanned =
    stage === 'walk' ? { ...matcher, candidates: /(?!)/g, nodeCandidates: /(?!)/g } : matcher;
  const seen = new Set<Node>();
  const scan = createTextScan([document.body], scanned, (run, found) => {
    if (!seen.has(run.block)) blocks++;
    seen.add(run.block);
    onRun(run, found);
  });
  while (!scan.step(performance.now() + SLICE_MS)) {
    ms += performance.now() - start;
    await yieldToPage();
    start = performance.now();
  }
  ms += performance.now() - start;
  CSS.highlights.delete('backstory-breakdown');
  return { stage, ms, runs, blocks, chars, mentions };
}
