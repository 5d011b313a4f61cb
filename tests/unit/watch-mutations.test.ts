import { describe, expect, it } from 'vitest';
import { batchFromRecords } from '../../lib/page/watch-mutations';

/** Runs `change` under a MutationObserver and turns its records into a batch. */
async function batchOf(html: string, change: () => void) {
  document.body.innerHTML = html;
  const records: MutationRecord[] = [];
  const observer = new MutationObserver((batch) => records.push(...batch));
  observer.observe(document, { childList: true, characterData: true, subtree: true });
  change();
  await new Promise((resolve) => setTimeout(resolve, 0));
  records.push(...observer.takeRecords());
  observer.disconnect();
  return batchFromRecords(records);
}

const $ = (selector: string) => document.querySelector(selector) as HTMLElement;

describe('batchFromRecords', () => {
  it('rescans an added block by itself, not its container', async () => {
    const batch = await batchOf('<main id="m"></main>', () => {
      const p = document.createElement('p');
      p.id = 'new';
      $('#m').append(p);
    });
    expect(batch.roots.map((e) => e.id)).toEqual(['new']);
  });

  it('rescans the block around edited text or an added inline element', async () => {
    const batch = await batchOf('<p id="p">a <b id="b">b</b></p><p id="q">c</p>', () => {
      ($('#b').firstChild as Text).data = 'Putin';
      $('#q').append(document.createElement('em'));
    });
    expect(batch.roots.map((e) => e.id)).toEqual(['p', 'q']);
  });

  it('keeps only the outermost roots and flags removals', async () => {
    const batch = await batchOf('<div id="d"><p id="p">x</p></div><p id="gone">y</p>', () => {
      $('#p').append('Kerry');
      const inner = document.createElement('section');
      $('#d').append(inner);
      $('#gone').remove();
    });
    expect(batch.roots.map((e) => e.id)).toEqual(['p', '']);
    expect(batch.removed).toBe(true);
  });

  it('ignores editors and our own elements', async () => {
    const batch = await batchOf('<div contenteditable="true"><p id="e">x</p></div>', () => {
      ($('#e').firstChild as Text).data = 'Putin';
      document.body.append(document.createElement('backstory-card'));
    });
    expect(batch.roots).toEqual([]);
  });
});
