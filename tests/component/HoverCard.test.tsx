import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HoverCard } from '../../components/HoverCard';
import { KINDS } from '../../lib/kinds';
import { articleKnowledge } from '../../lib/knowledge';
import { articleFrom } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { libraryCardData } from '../../lib/library/library-knowledge';
import { axeViolations } from '../support/axe';
import { person } from '../support/library';

const bundled = articleKnowledge(BUNDLED_ARTICLE);

function renderCard(
  entityId: string,
  extra: { takeFocus?: boolean; foundAs?: { form: string; lang?: string } } = {},
) {
  const onClose = vi.fn();
  const onOpenArticle = vi.fn();
  const view = render(
    <HoverCard
      entityId={entityId}
      contentOf={bundled.cardDataFor}
      article={bundled.meta}
      articleHref={(i) => `article.html#s-${i}`}
      onOpenArticle={onOpenArticle}
      onClose={onClose}
      {...extra}
    />,
  );
  return { ...view, onClose, onOpenArticle };
}

const excerptText = () => document.querySelector('blockquote')?.textContent ?? '';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('HoverCard', () => {
  it('shows who Putin is in the article, with an excerpt naming him', async () => {
    const { container } = renderCard('vladimir-putin');
    const dialog = screen.getByRole('dialog', { name: 'Vladimir Putin' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(screen.getByText('Russian President')).toBeTruthy();
    expect(BUNDLED_ARTICLE.text).toContain(excerptText());
    expect(document.querySelector('blockquote mark')?.textContent).toMatch(/Putin/);
    expect(screen.getByText(/2015 article/)).toBeTruthy();
    expect(container.textContent).toContain(BUNDLED_ARTICLE.title);
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each(
    Object.entries(KINDS).map(([kind, { label }]) => [
      label,
      bundled.entities.find((e) => e.kind === kind)?.id,
    ]),
  )('labels a card %s (%s)', (label, entityId) => {
    renderCard(entityId as string);
    expect(document.querySelector('.kind')?.textContent).toBe(label);
  });

  it('steps through every sentence that mentions the entity, and wraps around', () => {
    renderCard('john-kerry');
    const total = bundled.cardDataFor('john-kerry')?.excerpts.length ?? 0;
    expect(total).toBeGreaterThan(2);
    const seen = new Set<string>();
    for (let i = 1; i <= total; i++) {
      expect(screen.getByText(`${i} of ${total}`)).toBeTruthy();
      seen.add(excerptText());
      fireEvent.click(screen.getByRole('button', { name: 'Next excerpt' }));
    }
    expect(seen.size).toBe(total);
    expect(screen.getByText(`1 of ${total}`)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Previous excerpt' }));
    expect(screen.getByText(`${total} of ${total}`)).toBeTruthy();
  });

  it('notes the other script’s form the page named the person with, in its language', async () => {
    const { container } = renderCard('vladimir-putin', {
      foundAs: { form: 'Путин', lang: 'ru' },
    });
    const heading = screen.getByRole('heading', { level: 2 });
    expect(heading.textContent).toBe('Vladimir Putin (Путин)');
    expect(heading.querySelector('[lang="ru"]')?.textContent).toContain('Путин');
    expect(await axeViolations(container)).toEqual([]);
    // A related name the reader moves to was not named that way.
    fireEvent.click(screen.getByRole('button', { name: 'John Kerry' }));
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('John Kerry');
  });

  it('opens a related name in the same card', () => {
    renderCard('sergey-lavrov');
    fireEvent.click(screen.getByRole('button', { name: 'John Kerry' }));
    expect(screen.getByRole('dialog', { name: 'John Kerry' })).toBeTruthy();
  });

  it('asks to open the article at the shown sentence, and closes', () => {
    const { onOpenArticle, onClose } = renderCard('bashar-assad');
    const first = bundled.cardDataFor('bashar-assad')?.excerpts[0]?.sentenceIndex;
    const link = screen.getByRole('link', { name: 'Read in the article' });
    expect(link.getAttribute('href')).toBe(`article.html#s-${first}`);
    fireEvent.click(link);
    expect(onOpenArticle).toHaveBeenCalledWith(first, undefined);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(onClose).toHaveBeenCalled();
  });

  it('takes focus when opened from the keyboard', () => {
    renderCard('barack-obama', { takeFocus: true });
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });

  it('renders article text as text, never as HTML', () => {
    const data = bundled.cardDataFor('vladimir-putin');
    if (!data) throw new Error('no data');
    const hostile = {
      ...data,
      excerpts: [
        {
          sentenceIndex: 1,
          text: '<img src=x onerror=alert(1)> Putin',
          marks: [[29, 34]] as const,
        },
      ],
    };
    render(
      <HoverCard
        entityId="vladimir-putin"
        contentOf={() => hostile}
        article={bundled.meta}
        articleHref={() => '#'}
        onClose={() => {}}
      />,
    );
    expect(document.querySelector('img')).toBeNull();
    expect(excerptText()).toContain('<img src=x');
  });

  it('lists every article naming the person newest first and steps through their excerpts', async () => {
    const newer = articleFrom({
      id: 'added-1',
      title: 'Putin speaks to the nation',
      site: 'Example News',
      url: 'https://news.example/putin',
      byline: '',
      published: '2024-03-01',
      dateline: '',
      text: 'Vladimir Putin spoke for two hours. Putin took no questions.',
      entities: [person('vladimir-putin', 'Vladimir Putin', ['Vladimir Putin', 'Putin'])],
    });
    const card = libraryCardData([BUNDLED_ARTICLE, newer], 'vladimir-putin');
    const onOpenArticle = vi.fn();
    const { container } = render(
      <HoverCard
        entityId="vladimir-putin"
        contentOf={() => card}
        article={bundled.meta}
        articleHref={(i, id = 'bundled') => `article.html?article=${id}#s-${i}`}
        onOpenArticle={onOpenArticle}
        onClose={() => {}}
      />,
    );
    const list = screen.getByRole('navigation', { name: 'In 2 articles' });
    expect([...list.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      '2024 “Putin speaks to the nation”, Example News',
      `2015 “${BUNDLED_ARTICLE.title}”, ${BUNDLED_ARTICLE.dateline}`,
    ]);
    // The newest article's excerpts first, its entry marked and its id in the excerpt's link.
    const current = () => list.querySelector('[aria-current="true"]')?.textContent;
    expect(current()).toBe('2024 “Putin speaks to the nation”, Example News');
    expect(container.querySelector('.source')).toBeNull();
    fireEvent.click(screen.getByRole('link', { name: 'Read in the article' }));
    expect(onOpenArticle).toHaveBeenCalledWith(expect.any(Number), 'added-1');
    const bundledEntry = `2015 “${BUNDLED_ARTICLE.title}”, ${BUNDLED_ARTICLE.dateline}`;
    fireEvent.click(screen.getByRole('button', { name: /^2015 “John Kerry heads to Moscow/ }));
    expect(current()).toBe(bundledEntry);
    expect(BUNDLED_ARTICLE.text).toContain(excerptText());
    expect(screen.getByRole('link', { name: 'Read in the article' }).getAttribute('href')).toMatch(
      /^article\.html\?article=bundled#s-\d+$/,
    );
    expect(await axeViolations(container)).toEqual([]);
  });

  it('says an article without a date is undated rather than from year 0', () => {
    const undated = articleFrom({
      id: 'added-2',
      title: 'A pasted note',
      site: '',
      url: '',
      byline: '',
      published: '',
      dateline: '',
      text: 'Angela Merkel wrote a book.',
      entities: [person('angela-merkel', 'Angela Merkel')],
    });
    const card = libraryCardData([undated], 'angela-merkel');
    const { container } = render(
      <HoverCard
        entityId="angela-merkel"
        contentOf={() => card}
        article={bundled.meta}
        articleHref={() => '#'}
        onClose={() => {}}
      />,
    );
    expect(container.querySelector('.source')?.textContent).toBe('Undated article “A pasted note”');
  });
});
