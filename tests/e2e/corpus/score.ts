import type { CollectedRange } from './in-page';
import type { LabelledMention, PageLabels } from './labels';

/** Merged highlight spans over the walk text, `[start, end)`, with the ranges they came from. */
export interface Span {
  start: number;
  end: number;
  ranges: CollectedRange[];
}

/** How one span was judged (README "Scoring", rule 5). */
export type Verdict = 'tp' | 'fp' | 'hidden-only' | 'place-org';

/** A mention or span quoted for the report. */
export interface Finding {
  offset: number;
  text: string;
  context: string;
  why: string;
}

/** The people score of one page. */
export interface PageScore {
  targets: number;
  found: number;
  tp: number;
  fp: number;
  falsePositives: Finding[];
  missed: Finding[];
}

/**
 * Merges ranges that overlap or are separated only by spaces, `.` or `-` (README rule 2). Only
 * U+0020: merging across a line break or a tab would let a false positive hide in a target's span.
 */
export function mergeSpans(ranges: readonly CollectedRange[], text: string): Span[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const spans: Span[] = [];
  for (const range of sorted) {
    const last = spans[spans.length - 1];
    const gap = last && range.start > last.end ? text.slice(last.end, range.start) : '';
    if (last && (range.start <= last.end || /^[ .-]+$/.test(gap))) {
      last.end = Math.max(last.end, range.end);
      last.ranges.push(range);
    } else {
      spans.push({ start: range.start, end: range.end, ranges: [range] });
    }
  }
  return spans;
}

/** `text` around `[start, end)` with the span marked ⟦like this⟧, on one line. */
export function contextOf(text: string, start: number, end: number, width = 60): string {
  const flat = (s: string) => s.replace(/\s+/g, ' ');
  const before = flat(text.slice(Math.max(0, start - width), start));
  const after = flat(text.slice(end, end + width));
  return `…${before}⟦${flat(text.slice(start, end))}⟧${after}…`;
}

const overlaps = (span: Span, m: LabelledMention) =>
  span.start < m.global_offset + m.text.length && m.global_offset < span.end;

/** Judges one span: a target makes it right, a visible `other` or an unlabelled non-place wrong. */
export function judge(span: Span, page: PageLabels, text: string, placesOrgs: ReadonlySet<string>) {
  const hits = page.mentions.filter((m) => overlaps(span, m));
  const shown = text.slice(span.start, span.end).replace(/\s+/g, ' ').trim();
  let verdict: Verdict;
  let why: string;
  if (hits.some((m) => m.label === 'target')) [verdict, why] = ['tp', 'target'];
  else if (hits.some((m) => m.visible)) {
    const other = hits.find((m) => m.visible);
    [verdict, why] = ['fp', `labelled other: ${other?.reason ?? ''}`];
  } else if (hits.length) [verdict, why] = ['hidden-only', 'overlaps only hidden mentions'];
  else if (placesOrgs.has(shown)) [verdict, why] = ['place-org', 'a place or organisation'];
  else [verdict, why] = ['fp', 'overlaps no labelled mention'];
  return { verdict, why, shown };
}

/** Scores a page's spans against its labels (README "Scoring", rules 3–5). */
export function scorePage(
  spans: readonly Span[],
  page: PageLabels,
  text: string,
  placesOrgs: ReadonlySet<string>,
): PageScore {
  const score: PageScore = { targets: 0, found: 0, tp: 0, fp: 0, falsePositives: [], missed: [] };
  for (const span of spans) {
    const { verdict, why, shown } = judge(span, page, text, placesOrgs);
    if (verdict === 'tp') score.tp++;
    if (verdict !== 'fp') continue;
    score.fp++;
    const context = contextOf(text, span.start, span.end);
    const names = [...new Set(span.ranges.map((r) => r.name))].join('+');
    score.falsePositives.push({
      offset: span.start,
      text: shown,
      context,
      why: `${why} [${names}]`,
    });
  }
  for (const m of page.mentions) {
    if (!m.visible || m.label !== 'target') continue;
    score.targets++;
    if (spans.some((span) => overlaps(span, m))) score.found++;
    else {
      const context = contextOf(text, m.global_offset, m.global_offset + m.text.length);
      score.missed.push({ offset: m.global_offset, text: m.text, context, why: m.reason ?? '' });
    }
  }
  return score;
}

/** `found / total` to three places, or `—` when there is nothing to divide by. */
export function ratio(found: number, total: number): string {
  return total ? (found / total).toFixed(3) : '—';
}
