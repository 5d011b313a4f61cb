import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AddPageState } from '../../components/AddPage';
import { type PageState, PopupView, type PopupViewProps } from '../../components/PopupView';
import { HIGHLIGHT_COLORS } from '../../lib/colors';
import { ENTITY_KINDS, KINDS } from '../../lib/kinds';
import { articleKnowledge } from '../../lib/knowledge';
import { BUNDLED_ARTICLE } from '../../lib/library/bundled-article';
import type { PageSummary } from '../../lib/messages';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings';
import { axeViolations } from '../support/axe';

const bundled = articleKnowledge(BUNDLED_ARTICLE);

const names = new Map(bundled.entities.map((e) => [e.id, e.name]));

function summary(extra: Partial<PageSummary> = {}): PageSummary {
  return {
    state: 'active',
    hostname: 'news.example',
    total: 4,
    entities: [
      { entityId: 'john-kerry', kind: 'person', count: 1 },
      { entityId: 'vladimir-putin', kind: 'person', count: 2 },
      { entityId: 'moscow', kind: 'place', count: 1 },
    ],
    ...extra,
  };
}

/** Props of a popup over a page, every handler a no-op. */
function baseProps(): PopupViewProps {
  return {
    page: { status: 'loading' },
    settings: DEFAULT_SETTINGS,
    entities: bundled.entities,
    nameOf: (id) => names.get(id) ?? id,
    search: {
      contentOf: bundled.cardDataFor,
      article: bundled.meta,
      articleHref: (i) => `#s-${i}`,
    },
    articleHref: 'article.html',
    onToggleEnabled: () => {},
    onToggleSitePaused: () => {},
    onToggleKind: () => {},
    onChooseEntity: () => {},
    onOpenOptions: () => {},
    onRequestAccess: () => {},
  };
}

function renderPopup(page: PageState, settings: Settings | null = DEFAULT_SETTINGS) {
  const handlers = {
    onToggleEnabled: vi.fn(),
    onToggleSitePaused: vi.fn(),
    onToggleKind: vi.fn(),
    onChooseEntity: vi.fn(),
    onOpenOptions: vi.fn(),
    onRequestAccess: vi.fn(),
  };
  const props: PopupViewProps = { ...baseProps(), page, settings, ...handlers };
  return { ...render(<PopupView {...props} />), ...handlers };
}

afterEach(() => {
  document.body.innerHTML = '';
});

const STATES: [string, PageState, Settings, RegExp][] = [
  ['loading', { status: 'loading' }, DEFAULT_SETTINGS, /Reading this page/],
  ['restricted', { status: 'restricted' }, DEFAULT_SETTINGS, /can’t run on this page/],
  ['needs access', { status: 'needs-access' }, DEFAULT_SETTINGS, /needs access to websites/],
  [
    'no names',
    { status: 'ready', summary: summary({ total: 0, entities: [] }) },
    DEFAULT_SETTINGS,
    /No names/,
  ],
  [
    'paused',
    { status: 'ready', summary: summary({ state: 'paused', total: 0, entities: [] }) },
    { ...DEFAULT_SETTINGS, pausedSites: ['news.example'] },
    /paused on news\.example/,
  ],
  [
    'off',
    { status: 'ready', summary: summary({ state: 'off', total: 0, entities: [] }) },
    { ...DEFAULT_SETTINGS, enabled: false },
    /Highlighting is off/,
  ],
  ['names found', { status: 'ready', summary: summary() }, DEFAULT_SETTINGS, /4 mentions/],
];

describe('PopupView', () => {
  it.each(STATES)(
    'shows the %s state in words, accessibly',
    async (_label, page, settings, text) => {
      const { container } = renderPopup(page, settings);
      expect(screen.getByRole('status').textContent).toMatch(text);
      expect(await axeViolations(container)).toEqual([]);
    },
  );

  it('groups names by kind in page order, or by count', () => {
    renderPopup({ status: 'ready', summary: summary() });
    const people = screen.getByRole('region', { name: 'People' });
    const names = () => [...people.querySelectorAll('.entity-name')].map((e) => e.textContent);
    expect(names()).toEqual(['John Kerry', 'Vladimir Putin']);
    expect(screen.getByRole('region', { name: 'Places' }).textContent).toContain('Moscow');
    fireEvent.click(screen.getByRole('radio', { name: 'Most mentioned' }));
    expect(names()).toEqual(['Vladimir Putin', 'John Kerry']);
  });

  it('takes the kinds, their titles and their colours from the registry and the settings', () => {
    renderPopup(
      { status: 'ready', summary: summary() },
      { ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, person: 'violet' } },
    );
    const kindSwitches = screen
      .getAllByRole('switch')
      .map((s) => s.textContent?.trim())
      .filter((label) => ENTITY_KINDS.some((k) => KINDS[k].plural === label));
    expect(kindSwitches).toEqual(ENTITY_KINDS.map((k) => KINDS[k].plural));
    const swatchOf = (region: string) =>
      screen.getByRole('region', { name: region }).querySelector<HTMLElement>('.swatch');
    expect(swatchOf(KINDS.person.plural)?.getAttribute('style')).toContain(
      HIGHLIGHT_COLORS.violet.line,
    );
    expect(swatchOf(KINDS.place.plural)?.getAttribute('style')).toContain(
      HIGHLIGHT_COLORS[KINDS.place.color].line,
    );
  });

  it('asks to go to a name when it is chosen', () => {
    const { onChooseEntity } = renderPopup({ status: 'ready', summary: summary() });
    fireEvent.click(screen.getByRole('button', { name: /Vladimir Putin/ }));
    expect(onChooseEntity).toHaveBeenCalledWith('vladimir-putin');
  });

  it('has a switch for highlighting, for the site and for each kind', () => {
    const handlers = renderPopup({ status: 'ready', summary: summary() });
    const toggle = (name: string) => screen.getByRole('switch', { name });
    expect(toggle('Highlighting').getAttribute('aria-checked')).toBe('true');
    expect(toggle('Places').getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle('Places'));
    expect(handlers.onToggleKind).toHaveBeenCalledWith('place', true);
    fireEvent.click(toggle('Pause on news.example'));
    expect(handlers.onToggleSitePaused).toHaveBeenCalledWith('news.example', true);
    fireEvent.click(toggle('Highlighting'));
    expect(handlers.onToggleEnabled).toHaveBeenCalledWith(false);
  });

  it('searches everything the article names, even names not on the page', async () => {
    const { container } = renderPopup({ status: 'ready', summary: summary() });
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'gene' } });
    fireEvent.click(screen.getByRole('button', { name: /Geneva/ }));
    expect(screen.getByRole('heading', { name: 'Geneva' })).toBeTruthy();
    expect(container.querySelector('blockquote mark')?.textContent).toBe('Geneva');
    expect(await axeViolations(container)).toEqual([]);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'zzz' } });
    expect(screen.getByText(/Nothing in your articles matches/)).toBeTruthy();
  });

  it('asks for access to websites when the reader withdrew it', () => {
    const { onRequestAccess } = renderPopup({ status: 'needs-access' });
    fireEvent.click(screen.getByRole('button', { name: 'Allow access' }));
    expect(onRequestAccess).toHaveBeenCalled();
  });

  it('links to the article and the options', () => {
    const { onOpenOptions } = renderPopup({ status: 'loading' });
    expect(screen.getByRole('link', { name: 'Read the article' }).getAttribute('href')).toBe(
      'article.html',
    );
    fireEvent.click(screen.getByRole('button', { name: 'Library and options' }));
    expect(onOpenOptions).toHaveBeenCalled();
  });
});

describe('PopupView: Add this page', () => {
  it('offers to add a page it reads, says it is working, and says why it could not', async () => {
    const onAdd = vi.fn();
    const props = (state: AddPageState): PopupViewProps => ({
      ...baseProps(),
      page: { status: 'ready', summary: summary() },
      addPage: { state, onAdd },
    });
    const { rerender, container } = render(<PopupView {...props({ status: 'idle' })} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add this page to your library' }));
    expect(onAdd).toHaveBeenCalledTimes(1);
    rerender(<PopupView {...props({ status: 'working' })} />);
    const busy = screen.getByRole('button', { name: 'Reading the article…' }) as HTMLButtonElement;
    expect(busy.disabled).toBe(true);
    rerender(
      <PopupView {...props({ status: 'error', message: 'No article was found on this page.' })} />,
    );
    expect(screen.getByRole('alert').textContent).toBe('No article was found on this page.');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('offers nothing on a page it cannot read', () => {
    render(
      <PopupView
        {...baseProps()}
        page={{ status: 'restricted' }}
        addPage={{ state: { status: 'idle' }, onAdd: () => {} }}
      />,
    );
    expect(screen.queryByRole('button', { name: /Add this page/ })).toBeNull();
  });
});
