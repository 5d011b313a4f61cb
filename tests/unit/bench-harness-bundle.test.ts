import { describe, expect, it } from 'vitest';
import { bundleHarness } from '../../scripts/bench/setup';

// The bench injects the real engine and page layer into pages as one esbuild bundle: an import
// only WXT's build resolves (`#imports`) breaks it, and CI's bench step with it.
describe('the bench’s in-page harness', () => {
  it('bundles from the project’s own modules', async () => {
    const script = await bundleHarness(true);
    expect(script.length).toBeGreaterThan(10_000);
  }, 30_000);
});
