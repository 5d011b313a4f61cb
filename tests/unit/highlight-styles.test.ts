import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/colors';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT, highlightName } from '../../lib/page/highlights';
import type { EntityKind } from '../../lib/text/types';

const css = readFileSync(
  fileURLToPath(import.meta.resolve('../../entrypoints/content/style.css')),
  'utf8',
);

const KINDS: EntityKind[] = ['person', 'place', 'organization'];
const COLORS = Object.keys(HIGHLIGHT_COLORS) as HighlightColor[];

describe('content-script highlight styles', () => {
  it.each(KINDS.flatMap((kind) => COLORS.map((color) => [kind, color] as const)))(
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
