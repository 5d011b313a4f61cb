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
    expect(batch.roots.map((e) => (e as Element).id)).toEqual(['new']);
  });

  it('rescans the block around edited text or an added inline element', async () => {
    const batch = await batchOf('<p id="p">a <b id="b">b</b></p><p id="q">c</p>', () => {
      ($('#b').firstChild as Text).data = 'Putin';
      $('#q').append(document.createElement('em'));
    });
    expect(batch.roots.map((e) => (e as Element).id)).toEqual(['p', 'q']);
  });

  it('keeps only the outermost roots and flags removals', async () => {
    const batch = await batchOf('<div id="d"><p id="p">x</p></div><p id="gone">y</p>', () => {
      $('#p').append('Kerry');
      const inner = document.createElement('section');
      $('#d').append(inner);
      $('#gone').remove();
    });
    expect(batch.roots.map((e) => (e as Element).id)).toEqual(['p', '']);
    expect(batch.removed).toBe(true);
  });

  it('ignores editors and our own elements', async () => {
    const batch = await batchOf('<div contenteditable="true"><p id="e">x</p></div>', () => {
      ($('#e').firstChild as Text).data = 'Putin';
      document.body.append(document.createElement('backstory-card'));
    });
    expect(batch.roots).toEqual([]);
  });

  describe('blocks added one by one to one parent (a page loading more items)', () => {
    const paragraph = (id: string) => {
      const p = document.createElement('p');
      p.id = id;
      p.textContent = `Kerry ${id}`;
      return p;
    };
    const paragraphs = (ids: string[]) => ids.map(paragraph);

    it('reads each added block, in the order added, and nothing else', async () => {
      const batch = await batchOf('<main id="m"><p id="old">Putin</p></main>', () => {
        for (const p of paragraphs(['a', 'b', 'c', 'd'])) $('#m').append(p);
      });
      expect(batch.roots.map((e) => (e as Element).id)).toEqual(['a', 'b', 'c', 'd']);
      expect(batch.removed).toBe(false);
    });

    it('leaves out a skipped block, and everything added inside an editor or hidden region', async () => {
      const kept = await batchOf('<main id="m"></main>', () => {
        const [a, b, c] = [paragraph('a'), paragraph('b'), paragraph('c')];
        b.setAttribute('contenteditable', '');
        $('#m').append(a, document.createElement('script'), b, c);
      });
      expect(kept.roots.map((e) => (e as Element).id)).toEqual(['a', 'c']);
      for (const html of [
        '<div contenteditable><main id="m"></main></div>',
        '<div hidden><main id="m"></main></div>',
      ]) {
        const batch = await batchOf(html, () => {
          for (const p of paragraphs(['a', 'b'])) $('#m').append(p);
        });
        expect(batch.roots).toEqual([]);
      }
      const editing = await batchOf('<main id="m"></main>', () => {
        document.designMode = 'on';
        for (const p of paragraphs(['a', 'b'])) $('#m').append(p);
      });
      document.designMode = 'off';
      expect(editing.roots).toEqual([]);
    });

    it('drops a block removed again in the same batch, and reads a moved one once', async () => {
      const batch = await batchOf('<main id="m"></main>', () => {
        const [a, b, c] = [paragraph('a'), paragraph('b'), paragraph('c')];
        $('#m').append(a, b, c);
        b.remove();
        $('#m').append(a);
      });
      expect(batch.roots.map((e) => (e as Element).id)).toEqual(['a', 'c']);
      expect(batch.removed).toBe(true);
    });

    it('reads a block added inside another added block once, as part of it', async () => {
      const batch = await batchOf('<main id="m"></main>', () => {
        const section = document.createElement('section');
        section.id = 's';
        $('#m').append(section);
        for (const p of paragraphs(['a', 'b'])) section.append(p);
      });
      expect(batch.roots.map((e) => (e as Element).id)).toEqual(['s']);
    });

    it('reads the added blocks and the edited block when both happen', async () => {
      const batch = await batchOf('<main id="m"><p id="old">x</p></main>', () => {
        for (const p of paragraphs(['a', 'b'])) $('#m').append(p);
        ($('#old').firstChild as Text).data = 'Lavrov';
      });
      expect(batch.roots.map((e) => (e as Element).id).sort()).toEqual(['a', 'b', 'old']);
    });
  });
});
