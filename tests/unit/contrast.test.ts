import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/colors';

// Colour contrast of our own UI, checked from the stylesheets: the card and popup draw their own
// backgrounds, so their text contrast does not depend on the page (happy-dom cannot measure it).

function read(path: string): string {
  return readFileSync(fileURLToPath(import.meta.resolve(path)), 'utf8');
}

/** The custom properties of the light block and of the dark-scheme block of a stylesheet. */
function palettes(css: string): { light: Record<string, string>; dark: Record<string, string> } {
  const darkStart = css.indexOf('prefers-color-scheme: dark');
  const grab = (text: string) =>
    Object.fromEntries(
      [...text.matchAll(/--([a-z]+):\s*(#[0-9a-f]{6})/g)].map((m) => [m[1], m[2]]),
    );
  return {
    light: grab(css.slice(0, darkStart)),
    dark: grab(css.slice(darkStart, darkStart + 600)),
  };
}

/** Red, green and blue (0-255) of `#rrggbb`. */
function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => Number.parseInt(hex.slice(i, i + 2), 16));
}

function luminance(hex: string): number {
  const [r, g, b] = channels(hex).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** `rgb(r g b / a)`, as lib/colors.ts writes its tints, painted over the opaque `#rrggbb` below. */
function composite(tint: string, below: string): string {
  const match = /^rgb\((\d+) (\d+) (\d+)(?: \/ ([\d.]+))?\)$/.exec(tint);
  expect(match, tint).not.toBeNull();
  const [, r, g, b, a = '1'] = match as RegExpExecArray;
  const alpha = Number(a);
  return `#${[r, g, b]
    .map((v, i) => Math.round(Number(v) * alpha + (channels(below)[i] as number) * (1 - alpha)))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** WCAG contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

const SHEETS = {
  card: {
    css: read('../../components/card.css'),
    pairs: ['fg/bg', 'muted/bg', 'accent/bg', 'focus/bg', 'fg/mark'],
  },
  popup: {
    css: read('../../entrypoints/popup/style.css'),
    pairs: ['fg/bg', 'muted/bg', 'accent/bg'],
  },
};

describe('text contrast meets WCAG AA (4.5:1)', () => {
  for (const [name, { css, pairs }] of Object.entries(SHEETS)) {
    const { light, dark } = palettes(css);
    for (const [scheme, palette] of [
      ['light', light],
      ['dark', dark],
    ] as const) {
      it.each(pairs)(`${name} ${scheme}: %s`, (pair) => {
        const [text, background] = pair.split('/') as [string, string];
        expect(palette[text], `--${text}`).toMatch(/^#/);
        expect(palette[background], `--${background}`).toMatch(/^#/);
        expect(
          contrast(palette[text] as string, palette[background] as string),
        ).toBeGreaterThanOrEqual(4.5);
      });
    }
  }
});

// The highlights tint the page's own text and background (color: currentcolor), so the tint must
// leave typical light-page and dark-page text readable.
const PAGES = {
  light: { text: '#222222', background: '#ffffff' },
  dark: { text: '#e6e6e6', background: '#121212' },
};

describe('highlight tints keep page text at WCAG AA (4.5:1)', () => {
  const colors = Object.keys(HIGHLIGHT_COLORS) as HighlightColor[];
  it.each(colors.flatMap((color) => Object.keys(PAGES).map((page) => [color, page] as const)))(
    '%s on a %s page',
    (color, page) => {
      const { text, background } = PAGES[page as keyof typeof PAGES];
      const tinted = composite(HIGHLIGHT_COLORS[color].background, background);
      expect(contrast(text, tinted)).toBeGreaterThanOrEqual(4.5);
    },
  );
});
