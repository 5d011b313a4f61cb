// The one sleep of the e2e suite, the corpus run and the bench. No imports: the bench bundles it
// into the page (scripts/bench/in-page.ts), and it can be handed to `evaluate` to wait in the page.

/** Resolves after `ms`, in Node or in a page (`page.evaluate(sleep, 100)`). */
export const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, ms));
