/** The DESIGN §5 budgets as numbers, and the checks every row reports with. */
import { ms } from './format';

/** One budget and whether this run met it. */
export interface BudgetCheck {
  /** The row and the page or case it is about. */
  what: string;
  value: string;
  budget: string;
  pass: boolean;
}

/**
 * Pages with at least this many KB of text are held to a ratio of the floor, smaller ones to the
 * floor plus a few ms. Text is counted by the corpus README's walk (no script, style, noscript,
 * template, textarea, title); 1 KB = 1024 characters.
 */
export const BIG_PAGE_KB = 100;
/** The shipped extension against the floor extension on a big page. */
export const BIG_PAGE_RATIO = 1.5;
/** What the shipped extension may add to the floor extension on a smaller page. */
export const SMALL_PAGE_EXTRA_MS = 5;
/** The longest run of our samples on a page (≈ our longest task). */
export const LONGEST_RUN_MS = 50;
/** What every page loads of ours before its first hover, and the content scripts on disk. */
export const CONTENT_SCRIPT_KB = 25;
/** The shipped extension with a 10,000-alias library against the floor, big pages. */
export const LIBRARY_RATIO = 2;
/** Turning the stored 10,000-alias matcher into one, on a page. */
export const MATCHER_LOAD_MS = 5;
/** The dynamic page against one scan of the same paragraphs. */
export const DYNAMIC_RATIO = 1.5;
/** From the end of the dwell to the first card painted, its module loaded on demand. */
export const FIRST_CARD_MS = 50;
/** Script time of a later card. */
export const LATER_CARD_MS = 16;
/** Adding a 10,000-word article: "Save to library" to its people highlighted in an open tab. */
export const ADD_ARTICLE_MS = 1000;

/** A check that `value` is at most `limit`, shown with `unit` (and `detail` after the value). */
export function atMost(
  what: string,
  value: number,
  limit: number,
  unit: string,
  detail = '',
): BudgetCheck {
  const shown = unit === 'KB' ? value.toFixed(1) : ms(value);
  return {
    what,
    value: `${shown} ${unit}${detail ? ` (${detail})` : ''}`,
    budget: `≤ ${limit} ${unit}`,
    pass: value <= limit,
  };
}

/** A check that `value` is at most `limit` × `base`. */
export function ratioAtMost(
  what: string,
  value: number,
  base: number,
  limit: number,
  detail = '',
): BudgetCheck {
  const r = value / base;
  return {
    what,
    value: `${r.toFixed(2)}×${detail ? ` (${detail})` : ''}`,
    budget: `≤ ${limit}×`,
    pass: r <= limit,
  };
}

/**
 * The page budget against the floor extension: ≤ 1.5× the floor on a page with ≥ 100 KB of
 * text, ≤ the floor + 5 ms on a smaller one (where a ratio of two small numbers says little).
 */
export function pageBudget(what: string, textKB: number, ours: number, floor: number): BudgetCheck {
  const detail = `${ms(ours)} vs ${ms(floor)} ms`;
  if (textKB >= BIG_PAGE_KB) return ratioAtMost(what, ours, floor, BIG_PAGE_RATIO, detail);
  const extra = ours - floor;
  return {
    what,
    value: `floor ${extra < 0 ? '−' : '+'} ${ms(Math.abs(extra))} ms (${detail})`,
    budget: `≤ floor + ${SMALL_PAGE_EXTRA_MS} ms`,
    pass: extra <= SMALL_PAGE_EXTRA_MS,
  };
}
