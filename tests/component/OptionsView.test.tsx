import { fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { OptionsView } from '../../components/OptionsView';
import { HIGHLIGHT_COLORS } from '../../lib/colors';
import { ENTITY_KINDS, KINDS } from '../../lib/kinds';
import { DEFAULT_SETTINGS } from '../../lib/settings';
import { axeViolations } from '../support/axe';

afterEach(() => {
  document.body.innerHTML = '';
});

describe('OptionsView', () => {
  it('shows every setting accessibly', async () => {
    const { container } = render(
      <OptionsView
        settings={{ ...DEFAULT_SETTINGS, pausedSites: ['a.test'] }}
        onChange={() => {}}
        onReset={() => {}}
      />,
    );
    expect(screen.getAllByRole('switch')).toHaveLength(1 + ENTITY_KINDS.length);
    expect(screen.getByRole('slider')).toBeTruthy();
    expect(await axeViolations(container)).toEqual([]);
  });

  it.each(ENTITY_KINDS)('has a row for %s with its switch, colour and preview', (kind) => {
    const { container } = render(
      <OptionsView
        settings={{ ...DEFAULT_SETTINGS, colors: { ...DEFAULT_SETTINGS.colors, [kind]: 'rose' } }}
        onChange={() => {}}
        onReset={() => {}}
      />,
    );
    const { plural, example, onByDefault } = KINDS[kind];
    const toggle = screen.getByRole('switch', { name: plural });
    expect(toggle.getAttribute('aria-checked')).toBe(String(onByDefault));
    const select = screen.getByRole('combobox', { name: `${plural} colour` }) as HTMLSelectElement;
    expect(select.value).toBe('rose');
    const preview = [...container.querySelectorAll<HTMLElement>('.preview')].find(
      (p) => p.textContent === example,
    );
    expect(preview?.getAttribute('style')).toContain(HIGHLIGHT_COLORS.rose.background);
  });

  it('changes kinds, colours, the delay and paused sites, and resets', () => {
    const onChange = vi.fn();
    const onReset = vi.fn();
    render(
      <OptionsView
        settings={{ ...DEFAULT_SETTINGS, pausedSites: ['a.test', 'b.test'] }}
        onChange={onChange}
        onReset={onReset}
      />,
    );
    fireEvent.click(screen.getByRole('switch', { name: 'Organisations' }));
    expect(onChange.mock.lastCall?.[0].kinds.organization).toBe(true);
    fireEvent.change(screen.getByRole('combobox', { name: 'People colour' }), {
      target: { value: 'rose' },
    });
    expect(onChange.mock.lastCall?.[0].colors.person).toBe('rose');
    fireEvent.input(screen.getByRole('slider'), { target: { value: '600' } });
    expect(onChange.mock.lastCall?.[0].hoverDelayMs).toBe(600);
    fireEvent.click(screen.getByRole('button', { name: 'Resume on a.test' }));
    expect(onChange.mock.lastCall?.[0].pausedSites).toEqual(['b.test']);
    fireEvent.click(screen.getByRole('button', { name: 'Reset to defaults' }));
    expect(onReset).toHaveBeenCalled();
  });
});
