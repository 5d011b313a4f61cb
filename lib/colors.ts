import type { EntityKind } from './text/types';

/** The highlight colours a reader can choose; each has `::highlight()` rules in the content CSS. */
export const HIGHLIGHT_COLORS = {
  amber: { label: 'Amber', background: 'rgb(255 196 0 / 0.32)', line: 'rgb(230 140 0)' },
  sky: { label: 'Sky', background: 'rgb(64 170 255 / 0.26)', line: 'rgb(30 120 220)' },
  mint: { label: 'Mint', background: 'rgb(90 200 120 / 0.26)', line: 'rgb(40 150 80)' },
  rose: { label: 'Rose', background: 'rgb(255 105 150 / 0.26)', line: 'rgb(215 50 110)' },
  violet: { label: 'Violet', background: 'rgb(160 120 255 / 0.26)', line: 'rgb(120 80 220)' },
} as const;

/** The name of one highlight colour. */
export type HighlightColor = keyof typeof HIGHLIGHT_COLORS;

/** Each kind's colour out of the box. */
export const DEFAULT_COLORS: Record<EntityKind, HighlightColor> = {
  person: 'amber',
  place: 'sky',
  organization: 'mint',
};

/** Whether a value names one of the colours. */
export function isHighlightColor(value: unknown): value is HighlightColor {
  return typeof value === 'string' && Object.hasOwn(HIGHLIGHT_COLORS, value);
}
