import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleView, EntityIndex } from '../../components/ArticleView';
import { articleSentenceViews, sentenceFromHash } from '../../lib/article-view';
import { HIGHLIGHT_COLORS } from '../../lib/colors';
import { ENTITY_KINDS, KINDS } from '../../lib/kinds';
import { articleKnowledge } from '../../lib/knowledge';
import { articleFrom } from '../../lib/library/article';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import { axeViolations } from '../support/axe';
import { person } from '../support/library';

const bundled = articleKnowledge(BUNDLED_ARTICLE);

afterEach(() => {
  document.body.innerHTML = '';
});

describe('ArticleView', () => {
  it('renders the whole article verbatim with addressable sentences', async () => {
    const sentences = articleSentenceViews(BUNDLED_ARTICLE);
    const { container } = render(
      <ArticleView
        {...bundled.meta}
        sentences={sentences}
        targetSentence={3}
        onSelectEntity={() => {}}
      />,
    );
    for (const sentence of BUNDLED_ARTICLE.sentences) {
      expect(document.getElementById(`s-${sentence.index}`)?.textContent?.trim()).toBe(
        sentence.text,
      );
    }
    expect(document.querySelector('.target')?.id).toBe('s-3');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('heads an added article with its title, its first sentence in the text', async () => {
    const added = articleFrom({
      id: 'added-1',
      title: 'Merkel and Macron agree on a fund',
      site: 'The Example Courier',
      url: '',
      byline: '',
      published: '',
      dateline: '',
      text: 'Angela Merkel met Emmanuel Macron in Berlin. The talks went on late.',
      entities: [person('angela-merkel', 'Angela Merkel', ['Angela Merkel'])],
    });
    const knowledge = articleKnowledge(added);
    const { container } = render(
      <ArticleView
        {...knowledge.meta}
        sentences={articleSentenceViews(added)}
        targetSentence={null}
        onSelectEntity={() => {}}
      />,
    );
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe(added.title);
    expect(screen.getByRole('article', { name: added.title })).toBeTruthy();
    expect(document.getElementById('s-0')?.textContent?.trim()).toBe(
      'Angela Merkel met Emmanuel Macron in Berlin.',
    );
    expect(container.querySelector('.badge')?.textContent).toBe('Undated article');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('makes every name a button that selects its entity', () => {
    const onSelect = vi.fn();
    render(
      <ArticleView
        {...bundled.meta}
        sentences={articleSentenceViews(BUNDLED_ARTICLE)}
        targetSentence={null}
        onSelectEntity={onSelect}
      />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Lavrov' })[0] as HTMLElement);
    expect(onSelect).toHaveBeenCalledWith('sergey-lavrov');
    const name = (text: string) => screen.getAllByRole('button', { name: text })[0];
    expect(name('Lavrov')?.getAttribute('style')).toContain(
      HIGHLIGHT_COLORS[KINDS.person.color].background,
    );
    expect(name('Moscow')?.getAttribute('style')).toContain(
      HIGHLIGHT_COLORS[KINDS.place.color].background,
    );
  });

  it('indexes every entity by kind', async () => {
    const onSelect = vi.fn();
    const { container } = render(
      <EntityIndex entities={bundled.entities} selected="moscow" onSelectEntity={onSelect} />,
    );
    expect(screen.getAllByRole('button')).toHaveLength(bundled.entities.length);
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual(
      ENTITY_KINDS.map((k) => KINDS[k].plural),
    );
    expect(screen.getByRole('button', { name: 'Moscow' }).getAttribute('aria-pressed')).toBe(
      'true',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Geneva' }));
    expect(onSelect).toHaveBeenCalledWith('geneva');
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each([
    ['#s-4', 4],
    ['#s-999', null],
    ['#top', null],
    ['', null],
  ])('reads the sentence from %j', (hash, expected) => {
    expect(sentenceFromHash(hash, BUNDLED_ARTICLE)).toBe(expected);
  });
});
