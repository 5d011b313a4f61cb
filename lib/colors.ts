import { byKind, type EntityKind, kindDefaults } from './kinds';

/** How one highlight is drawn: a tint behind the text and an underline. */
export interface HighlightPaint {
  /** Background tint, translucent so the page's text and background show through. */
  background: string;
  /** Underline colour. */
  line: string;
}

/** The names of the highlight colours a reader can choose (apart: every page checks them). */
export const COLOR_NAMES = ['amber', 'sky', 'mint', 'rose', 'violet'] as const;

/** The name of one highlight colour. */
export type HighlightColor = (typeof COLOR_NAMES)[number];

/** The highlight colours a reader can choose; the content CSS has `::highlight()` rules for each. */
export const HIGHLIGHT_COLORS: Record<HighlightColor, HighlightPaint & { label: string }> = {
  amber: { label: 'Amber', background: 'rgb(255 196 0 / 0.32)', line: 'rgb(230 140 0)' },
  sky: { label: 'Sky', background: 'rgb(64 170 255 / 0.26)', line: 'rgb(30 120 220)' },
  mint: { label: 'Mint', background: 'rgb(90 200 120 / 0.26)', line: 'rgb(40 150 80)' },
  rose: { label: 'Rose', background: 'rgb(255 105 150 / 0.26)', line: 'rgb(215 50 110)' },
  violet: { label: 'Violet', background: 'rgb(160 120 255 / 0.26)', line: 'rgb(120 80 220)' },
};

/** The mention under the pointer and the one just jumped to: stronger than any kind's colour. */
export const EMPHASIS_COLORS = {
  hover: { background: 'rgb(255 170 0 / 0.55)', line: 'rgb(210 110 0)' },
  flash: { background: 'rgb(255 120 0 / 0.7)', line: 'rgb(190 80 0)' },
} as const satisfies Record<string, HighlightPaint>;

/** Each kind's colour out of the box (lib/kinds.ts). */
export const DEFAULT_COLORS: Record<EntityKind, HighlightColor> = byKind(
  (kind) => kindDefaults(kind).color,
);

/** Whether a value names one of the colours. */
export function isHighlightColor(value: unknown): value is HighlightColor {
  return (COLOR_NAMES as readonly unknown[]).includes(value);
}
