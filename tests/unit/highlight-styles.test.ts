import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../data/types';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/colors';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT, highlightName } from '../../lib/page/highlights';

const css = readFileSync(
  fileURLToPath(import.meta.resolve('../../entrypoints/content/style.css')),
  'utf8',
);

const COLORS = Object.keys(HIGHLIGHT_COLORS) as HighlightColor[];

describe('content-script highlight styles', () => {
  it.each(ENTITY_KINDS.flatMap((kind) => COLORS.map((color) => [kind, color] as const)))(
    'style %s in %s',
    (kind, color) => {
      expect(css).toContain(`::highlight(${highlightName(kind, color)})`);
    },
  );

  it('styles the hover and flash highlights', () => {
    expect(css).toContain(`::highlight(${HOVER_HIGHLIGHT})`);
    expect(css).toContain(`::highlight(${FLASH_HIGHLIGHT})`);
  });

  it('uses the default names for the default colours', () => {
    expect(highlightName('person')).toBe('backstory-person');
    expect(highlightName('place', 'rose')).toBe('backstory-place-rose');
  });
});
