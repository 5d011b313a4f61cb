import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ENTITY_KINDS } from '../../data/types';
import { EMPHASIS_COLORS, HIGHLIGHT_COLORS, type HighlightColor } from '../../lib/colors';
import { highlightCss } from '../../lib/highlight-css';
import { KINDS } from '../../lib/kinds';
import { FLASH_HIGHLIGHT, HOVER_HIGHLIGHT, highlightName } from '../../lib/page/highlights';

const css = highlightCss();
/** The rules alone, without the comment at the top. */
const ruleText = css.replace(/\/\*[\s\S]*?\*\//g, '');

const COLORS = Object.keys(HIGHLIGHT_COLORS) as HighlightColor[];

/** Each highlight name of the stylesheet, with the declarations of the rule that styles it. */
function rulesByName(text: string): Map<string, string> {
  const byName = new Map<string, string>();
  for (const [, selectors = '', body = ''] of text.matchAll(/([^{}]+)\{([^}]*)\}/g)) {
    for (const [, name = ''] of selectors.matchAll(/::highlight\(([^)]+)\)/g)) {
      expect(byName.has(name), `${name} is styled once`).toBe(false);
      byName.set(name, body);
    }
  }
  return byName;
}

const rules = rulesByName(ruleText);

describe('content-script highlight styles', () => {
  it.each(ENTITY_KINDS.flatMap((kind) => COLORS.map((color) => [kind, color] as const)))(
    'styles %s in %s with that colour',
    (kind, color) => {
      const body = rules.get(highlightName(kind, color));
      expect(body).toContain(`background-color: ${HIGHLIGHT_COLORS[color].background} !important`);
      expect(body).toContain(`underline 2px ${HIGHLIGHT_COLORS[color].line} !important`);
    },
  );

  it('styles the hover and flash highlights, more strongly', () => {
    for (const [name, paint] of [
      [HOVER_HIGHLIGHT, EMPHASIS_COLORS.hover],
      [FLASH_HIGHLIGHT, EMPHASIS_COLORS.flash],
    ] as const) {
      expect(rules.get(name)).toContain(`background-color: ${paint.background} !important`);
      expect(rules.get(name)).toContain(`underline 3px ${paint.line} !important`);
    }
  });

  it('styles nothing else', () => {
    expect(rules.size).toBe(ENTITY_KINDS.length * COLORS.length + 2);
  });

  it.each(ENTITY_KINDS)('gives %s in its default colour the bare name', (kind) => {
    const color = KINDS[kind].color;
    expect(highlightName(kind, color)).toBe(`backstory-${kind}`);
    expect(highlightName(kind)).toBe(`backstory-${kind}`);
    expect(rules.get(`backstory-${kind}`)).toContain(HIGHLIGHT_COLORS[color].background);
    expect(rules.has(`backstory-${kind}-${color}`)).toBe(false);
    expect(
      highlightName(
        kind,
        COLORS.find((c) => c !== color),
      ),
    ).toMatch(`backstory-${kind}-`);
  });

  it('keeps page CSS from restyling them and keeps the page text colour', () => {
    const blocks = [...ruleText.matchAll(/([^{}]+)\{([^}]*)\}/g)];
    expect(blocks.length).toBeGreaterThan(0);
    for (const [, selectors = '', body = ''] of blocks) {
      for (const selector of selectors.split(',\n')) {
        expect(selector.trim()).toMatch(/^:is\(#backstory-boost, \*\)::highlight\(backstory-/);
      }
      const declarations = body.split(';').filter((d) => d.trim() !== '');
      for (const declaration of declarations) expect(declaration).toMatch(/ !important$/);
      expect(body).toContain('color: currentcolor !important');
    }
  });

  it('is what the content script imports, with no hand-written copy beside it', () => {
    const entry = readFileSync(
      fileURLToPath(import.meta.resolve('../../entrypoints/content/index.ts')),
      'utf8',
    );
    expect(entry).toMatch(/^import 'virtual:backstory-highlights\.css';/m);
    expect(entry).not.toMatch(/style\.css/);
  });
});
