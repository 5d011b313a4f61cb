import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

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

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
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
