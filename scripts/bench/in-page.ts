/** Helpers shared by the in-page harness modules (they run in the page, not in Node). */
import { sleep } from '../../tests/e2e/harness/sleep';
import { paragraphText } from './synthetic';

/** The page's clock. */
export const now = () => performance.now();
/** `requestAnimationFrame` as the page had it, before any patching. */
export const realRaf = window.requestAnimationFrame.bind(window);
/** Resolves on the next animation frame. */
export const frame = () => new Promise<void>((resolve) => realRaf(() => resolve()));
/** Two frames and 50 ms of quiet. */
export async function settle(): Promise<void> {
  await frame();
  await frame();
  await sleep(50);
}
/** Appends generated paragraphs `from..from+count-1` to the body, one `<p>` at a time. */
export function appendParagraphs(count: number, from: number): number {
  for (let i = from; i < from + count; i++) {
    const p = document.createElement('p');
    p.textContent = paragraphText(i);
    document.body.append(p);
  }
  return document.body.childElementCount;
}
