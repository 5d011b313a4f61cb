import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { foundAs } from '../../lib/knowledge/found-as';
import { startPageHighlighter } from '../../lib/page/page-highlighter';
import { inPageOrder } from '../../lib/page/page-order';
import { compileMatcher } from '../../lib/text/compile-matcher';
import { findMentions } from '../../lib/text/find-mentions';
import type { EntityKind, MatchRule } from '../../lib/text/types';
import {
  type FakeHighlight,
  highlightedTexts,
  installFakeHighlights,
} from '../support/fake-highlights';
import { peopleMatcher } from '../support/people-matcher';

function rule(entityId: string, kind: EntityKind, alias: string): MatchRule {
  return { entityId, kind, alias, notAfter: ['Michelle'], notBefore: [] };
}

const matcher = compileMatcher([
  rule('john-kerry', 'person', 'John Kerry'),
  rule('john-kerry', 'person', 'Kerry'),
  rule('vladimir-putin', 'person', 'Putin'),
  rule('barack-obama', 'person', 'Obama'),
  rule('moscow', 'place', 'Moscow'),
]);

let registry: Map<string, FakeHighlight>;
let controller: AbortController;

function start(html: string, kinds: EntityKind[] = ['person'], sliceMs?: number) {
  document.body.innerHTML = html;
  controller = new AbortController();
  return startPageHighlighter({
    matcher,
    visibleKinds: new Set(kinds),
    signal: controller.signal,
    sliceMs,
  });
}

const people = () => highlightedTexts(registry, 'backstory-person');

beforeEach(() => {
  registry = installFakeHighlights();
});

afterEach(() => {
  controller.abort();
  document.body.innerHTML = '';
});

describe('startPageHighlighter', () => {
  it('reads other scripts and inflected forms in the page pass', async () => {
    controller = new AbortController();
    document.body.innerHTML =
      '<p>Встреча с <b>Путин</b>ым. Мария Путина.</p><p lang="ar">الرئيس بشار الأسد</p><p lang="de-AT">Putins <i>Rede</i></p>';
    const highlighter = startPageHighlighter({
      matcher: peopleMatcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
    });
    await highlighter.settled();
    expect(people()).toEqual(['Путиным', 'بشار الأسد', 'Putins']);
    expect(highlighter.mentions().map((m) => foundAs(m.entityId, m.text))).toEqual([
      { form: 'Путин', lang: 'ru' },
      { form: 'بشار الأسد', lang: 'ar' },
      undefined,
    ]);
  });

  it('reads an Arabic name with vowel marks and tatweel, across elements', async () => {
    controller = new AbortController();
    document.body.innerHTML = '<p lang="ar">الرئيس <b>بَشّـار</b> الأَسَدِ، ثم الأَسَد</p>';
    const highlighter = startPageHighlighter({
      matcher: peopleMatcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
    });
    await highlighter.settled();
    expect(people()).toEqual(['بَشّـار الأَسَدِ']);
  });

  it.each([
    ['de', '<p>Obamas Politik</p>', ['Obamas']],
    ['de-CH', '<p>Obamas Politik</p>', ['Obamas']],
    ['de', '<p lang="en">Obamas Dine at a Restaurant</p>', []],
    ['en-US', '<p>Obamas Dine at a Restaurant</p>', []],
    [null, '<p>Obamas Dine at a Restaurant</p>', []],
    ['en', '<blockquote lang="de"><p>Assads <b>Truppen</b></p></blockquote>', ['Assads']],
    ['en', '<p>rozmowa z Putinem</p>', []],
    ['pl', '<p>rozmowa z Putinem</p>', ['Putinem']],
    [null, '<p>rozmowa z Putinem</p>', ['Putinem']],
    ['en', '<p>Путину</p>', ['Путину']],
  ])(
    'counts a case only in text of its language: <html lang="%s"> %s',
    async (lang, body, found) => {
      if (lang) document.documentElement.setAttribute('lang', lang);
      try {
        document.body.innerHTML = body;
        controller = new AbortController();
        const highlighter = startPageHighlighter({
          matcher: peopleMatcher,
          visibleKinds: new Set(['person']),
          signal: controller.signal,
        });
        await highlighter.settled();
        expect(people()).toEqual(found);
      } finally {
        document.documentElement.removeAttribute('lang');
      }
    },
  );

  it('reads a name split across inline elements as one mention', async () => {
    const highlighter = start('<p>Then John <b>Ke<i>rry</i></b> left.</p>');
    await highlighter.settled();
    expect(people()).toEqual(['John Kerry']);
    expect(highlighter.mentions()).toHaveLength(1);
  });

  it('finds a name glued to the text of a neighbouring element', async () => {
    const highlighter = start('<li><a>Popular Right Now</a><a>Obama</a></li><p><b>P</b>utin</p>');
    await highlighter.settled();
    expect(people()).toEqual(['Obama', 'Putin']);
  });

  it('finds a first word split over several elements, starting at any element boundary', async () => {
    const highlighter = start(
      '<p><i>J</i><i>o</i>hn Kerry left.</p><p><a>Now</a><a>J</a><a>o</a>hn Kerry</p><p><i>Pu</i>tinesque</p>',
    );
    await highlighter.settled();
    expect(people()).toEqual(['John Kerry', 'John Kerry']);
  });

  it('finds names before and after an invisible character in the same text', async () => {
    const highlighter = start('<p>Obama met Pu\u00adtin, then Kerry and Pu\u200btin.</p>');
    await highlighter.settled();
    expect(people()).toEqual(['Obama', 'Pu\u00adtin', 'Kerry', 'Pu\u200btin']);
  });

  it('never reports a name a window reached back to without its context (Michelle Obama)', async () => {
    const filler = '<i>z </i>'.repeat(100);
    const highlighter = start(
      `<p>Michelle <b>Obama ${'y'.repeat(70)}</b><i>Putin</i>${filler}</p>`,
    );
    await highlighter.settled();
    expect(people()).toEqual(['Putin']);
  });

  it('finds a name whose invisible character sits at an element boundary', async () => {
    const highlighter = start(
      '<p>Ob\u200d<b>ama</b></p><p>Pu<b>\u00adtin</b></p><p>Pu\u00ad<b>tin</b></p><p>P<b>u\u200b</b>tin</p>',
    );
    await highlighter.settled();
    expect(people()).toEqual(['Ob\u200dama', 'Pu\u00adtin', 'Pu\u00adtin', 'Pu\u200btin']);
  });

  it('reads names across whitespace-only text between elements, and never glues words across it', async () => {
    const highlighter = start(
      '<p><b>John</b>\n    <b>Kerry</b></p><p>\n  <i>Obama</i>\n</p><p><b>P</b>\n <b>utin</b></p>',
    );
    await highlighter.settled();
    expect(people()).toEqual(['John\n    Kerry', 'Obama']);
  });

  it('does not join text across blocks or line breaks', async () => {
    const highlighter = start('<div>John</div><div>Kerry</div><p>John<br>Kerry</p>');
    await highlighter.settled();
    expect(people()).toEqual(['Kerry', 'Kerry']);
  });

  it('finds names that start inside a word of the joined text only at an element boundary', async () => {
    const highlighter = start(
      '<p><span>Johnson</span> and <span>re</span><span>Kerry</span>, rePutin, Putinesque</p>',
    );
    await highlighter.settled();
    expect(people()).toEqual(['Kerry']);
  });

  it('finds names holding soft hyphens or zero-width characters', async () => {
    const highlighter = start(
      `<p>${'Filler words. '.repeat(50)}</p><p>Pu\u00adtin met Ke<b>r\u200bry</b>.</p><p>Obama</p>`,
    );
    await highlighter.settled();
    expect(people()).toEqual(['Pu\u00adtin', 'Ker\u200bry', 'Obama']);
  });

  it('reads a name around code inside the same block', async () => {
    const highlighter = start(
      '<p>John <script>var x;</script>Kerry</p><p>Obama<style>p{}</style></p>',
    );
    await highlighter.settled();
    expect(highlighter.mentions().map((m) => m.entityId)).toEqual(['john-kerry', 'barack-obama']);
  });

  it('finds every mention of a block as long as a page, read in windows', async () => {
    // Hundreds of inline pieces in one block (several windows long), names every few hundred characters and some
    // split over pieces: the result must equal reading the whole block as one text.
    const words = ['John', 'Kerry', 'Michelle', 'Obama', 'Putin', 'a'];
    let seed = 7;
    const next = () => {
      seed = (seed * 48271) % 2147483647;
      return seed;
    };
    const pieces: string[] = [];
    for (let i = 0; i < 1500; i++) {
      const word = words[(next() >> 4) % words.length] as string;
      pieces.push((next() >> 4) % 4 === 0 ? `<b>${word}</b> ` : `<span>${word} </span>`);
    }
    const highlighter = start(`<p>${pieces.join('')}</p>`);
    await highlighter.settled();
    const whole = document.querySelector('p')?.textContent ?? '';
    const expected = findMentions(matcher, whole).map((m) => whole.slice(m.start, m.end));
    expect(expected.length).toBeGreaterThan(600);
    expect(people()).toEqual(expected);
    // happy-dom's TreeWalker steps in time proportional to the siblings (a browser's do not):
    // hundreds of windows over one 3,000-node block take seconds here.
  }, 30_000);

  it('finds a name holding an invisible character after a shorter first word', async () => {
    const withJohnson = compileMatcher([
      rule('john-kerry', 'person', 'John Kerry'),
      rule('johnson', 'person', 'Johnson'),
    ]);
    document.body.innerHTML = '<p>Then Johns\u00adon spoke, and <b>al</b>-Assad.</p><p>x</p>';
    controller = new AbortController();
    const highlighter = startPageHighlighter({
      matcher: withJohnson,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
    });
    await highlighter.settled();
    expect(people()).toEqual(['Johns\u00adon']);
  });

  it('leaves controls, editors, code and hidden regions alone', async () => {
    const highlighter = start(`
      <input value="Putin"><textarea>Putin</textarea><select><option>Putin</option></select>
      <div contenteditable="true"><p>Putin</p></div><div contenteditable="false">Obama</div>
      <script>var Putin = 1;</script><style>.Putin{}</style><noscript>Putin</noscript>
      <div hidden>Putin</div><backstory-card>Putin</backstory-card><p>Kerry</p>`);
    await highlighter.settled();
    expect(people()).toEqual(['Obama', 'Kerry']);
  });

  it('leaves a page that is all editor alone', async () => {
    document.body.setAttribute('contenteditable', '');
    const editable = start('<p>Putin</p>');
    await editable.settled();
    document.body.removeAttribute('contenteditable');
    controller.abort();
    document.designMode = 'on';
    const designed = start('<p>Kerry</p>');
    await designed.settled();
    document.designMode = 'off';
    expect(people()).toEqual([]);
  });

  it('never changes the page', async () => {
    const html = '<article><h1>PUTIN</h1><p>John <b>Kerry</b> met Putin’s aides.</p></article>';
    const highlighter = start(html);
    await highlighter.settled();
    expect(document.body.innerHTML).toBe(html);
    expect(people()).toEqual(['PUTIN', 'John Kerry', 'Putin']);
  });

  it('finds places but shows them only when switched on', async () => {
    const highlighter = start('<p>Kerry in Moscow</p>');
    await highlighter.settled();
    expect(registry.has('backstory-place')).toBe(false);
    highlighter.setVisibleKinds(new Set(['person', 'place']));
    expect(highlightedTexts(registry, 'backstory-place')).toEqual(['Moscow']);
    highlighter.setVisibleKinds(new Set(['place']));
    expect(registry.has('backstory-person')).toBe(false);
  });

  it('finds the names of a new matcher, keeping the old highlights until the page is read again', async () => {
    const peopleOnly = compileMatcher([rule('john-kerry', 'person', 'Kerry')]);
    document.body.innerHTML = '<p>Kerry in Moscow</p><p>Kerry again</p>';
    controller = new AbortController();
    const highlighter = startPageHighlighter({
      matcher: peopleOnly,
      visibleKinds: new Set(['person', 'place']),
      signal: controller.signal,
    });
    await highlighter.settled();
    expect(registry.has('backstory-place')).toBe(false);
    highlighter.setMatcher(matcher);
    expect(people()).toEqual(['Kerry', 'Kerry']);
    await highlighter.settled();
    expect(people()).toEqual(['Kerry', 'Kerry']);
    expect(highlightedTexts(registry, 'backstory-place')).toEqual(['Moscow']);
    expect(highlighter.mentions().map((m) => m.text)).toEqual(['Kerry', 'Moscow', 'Kerry']);
  });

  it('reports mentions in page order', async () => {
    const highlighter = start('<p>Obama</p><p>Putin and Kerry</p>');
    await highlighter.settled();
    expect(highlighter.mentions().map((m) => m.text)).toEqual(['Obama', 'Putin', 'Kerry']);
  });

  it('works in slices, yielding to the page between them, with the same result', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p>Item ${i}: Putin</p>`).join('');
    const yields = vi.fn(() => Promise.resolve());
    document.body.innerHTML = paragraphs;
    controller = new AbortController();
    const highlighter = startPageHighlighter({
      matcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
      sliceMs: 0,
      yieldToPage: yields,
    });
    await highlighter.settled();
    expect(yields.mock.calls.length).toBeGreaterThan(1);
    expect(people()).toHaveLength(400);
  });

  it('reports changes only after it has been returned to the caller', async () => {
    document.body.innerHTML = '<p>Putin</p>';
    controller = new AbortController();
    const seen: number[] = [];
    const highlighter = startPageHighlighter({
      matcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
      onChange: () => seen.push(highlighter.mentions().length),
    });
    await highlighter.settled();
    expect(seen).toEqual([1]);
  });

  it('removes every highlight when stopped', async () => {
    const highlighter = start('<p>Putin</p>');
    await highlighter.settled();
    highlighter.setHovered(highlighter.mentions()[0] ?? null);
    expect(registry.size).toBe(2);
    controller.abort();
    expect(registry.size).toBe(0);
  });
});

describe('startPageHighlighter on a changing page', () => {
  it('highlights text added later', async () => {
    const highlighter = start('<main><p>Nothing yet</p></main>');
    await highlighter.settled();
    const p = document.createElement('p');
    p.textContent = 'Breaking: Putin speaks';
    document.querySelector('main')?.append(p);
    await vi.waitFor(() => expect(people()).toEqual(['Putin']));
  });

  it('follows edited text and drops highlights of removed text', async () => {
    const highlighter = start('<main><p id="a">Putin</p><p id="b">Kerry <b>Obama</b></p></main>');
    await highlighter.settled();
    const text = document.querySelector('#a')?.firstChild as Text;
    text.data = 'Michelle Obama';
    await vi.waitFor(() => expect(people()).toEqual(['Kerry', 'Obama']));
    document.querySelector('#b b')?.remove();
    await vi.waitFor(() => expect(people()).toEqual(['Kerry']));
    document.querySelector('#b')?.remove();
    await vi.waitFor(() => expect(people()).toEqual([]));
    expect(highlighter.mentions()).toEqual([]);
  });

  it('reads a block again without doubling the mentions of the blocks inside it', async () => {
    const highlighter = start('<div id="a">Kerry <p>Putin</p></div>');
    await highlighter.settled();
    const outer = document.querySelector('#a') as HTMLElement;
    outer.append(' and Obama');
    outer.querySelector('p')?.append(', Putin');
    await vi.waitFor(() => expect(people()).toEqual(['Kerry', 'Putin', 'Putin', 'Obama']));
    await highlighter.settled();
    expect(highlighter.mentions()).toHaveLength(4);
  });

  it('reads a block again on a page with many known blocks', async () => {
    const paragraphs = Array.from({ length: 80 }, (_, i) => `<p>Putin ${i}</p>`).join('');
    const highlighter = start(`<main>${paragraphs}</main>`);
    await highlighter.settled();
    const main = document.querySelector('main') as HTMLElement;
    main.prepend('Kerry');
    (main.querySelector('p')?.firstChild as Text).data = 'Nobody';
    await vi.waitFor(() => expect(people()[0]).toBe('Kerry'));
    await highlighter.settled();
    expect(people().filter((t) => t === 'Putin')).toHaveLength(79);
    expect(highlighter.mentions()).toHaveLength(80);
  });

  it('lists mentions that sort into page order as blocks are read again and added', async () => {
    const highlighter = start(
      '<main><div id="d">Kerry <p id="p">Putin</p> Obama</div><p id="m">nothing</p><p>Putin</p></main>',
    );
    await highlighter.settled();
    // Sorted where a reader steps through them (the card module), not kept sorted on every page.
    const order = () => inPageOrder(highlighter.mentions()).map((m) => m.text);
    expect(order()).toEqual(['Kerry', 'Putin', 'Obama', 'Putin']);
    (document.querySelector('#m')?.firstChild as Text).data = 'Obama and Kerry';
    document.querySelector('#d')?.prepend('John Kerry, ');
    document
      .querySelector('main')
      ?.append(Object.assign(document.createElement('p'), { textContent: 'Putin' }));
    await vi.waitFor(() => expect(order()).toHaveLength(8));
    expect(order()).toEqual([
      'John Kerry',
      'Kerry',
      'Putin',
      'Obama',
      'Obama',
      'Kerry',
      'Putin',
      'Putin',
    ]);
  });

  it('reads the rest of the page when the text it paused on is removed', async () => {
    const paragraphs = Array.from({ length: 400 }, (_, i) => `<p id="p${i}">Putin</p>`);
    document.body.innerHTML = `<main>${paragraphs.join('')}</main>`;
    controller = new AbortController();
    let removed = false;
    const highlighter = startPageHighlighter({
      matcher,
      visibleKinds: new Set(['person']),
      signal: controller.signal,
      sliceMs: 0,
      yieldToPage: async () => {
        // The first pause comes while the text is being collected, 128 nodes in: a framework
        // replaces the paragraph the walk stands on.
        if (removed) return;
        removed = true;
        document.querySelector('#p127')?.replaceWith(document.createElement('hr'));
      },
    });
    await highlighter.settled();
    expect(removed).toBe(true);
    expect(highlighter.mentions()).toHaveLength(399);
  });

  it('ignores typing in an editor', async () => {
    const highlighter = start('<div contenteditable="true"><p>x</p></div>');
    await highlighter.settled();
    const p = document.querySelector('[contenteditable] p') as HTMLElement;
    p.textContent = 'Putin';
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect(people()).toEqual([]);
  });
});
