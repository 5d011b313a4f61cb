import axe from 'axe-core';

/** Runs axe on a rendered element and returns its violations as readable lines. */
export async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, {
    // happy-dom does not lay out or paint, so colour contrast is checked in real browsers.
    rules: { 'color-contrast': { enabled: false } },
  });
  return results.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`);
}
