import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENTITY_KINDS } from '../../data/types';
import { DEFAULT_COLORS } from '../../lib/colors';
import { KINDS } from '../../lib/kinds';
import {
  DEFAULT_SETTINGS,
  isActiveOn,
  sanitizeSettings,
  visibleKinds,
  withSitePaused,
} from '../../lib/settings';
import {
  loadSettings,
  resetSettings,
  settingsItem,
  updateSettings,
  watchSettings,
} from '../../lib/settings-store';
import { pageStartFrom, watchPageStart } from '../../lib/settings-watch';
import { PAGE_START_KEYS } from '../../lib/storage-keys';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('settings', () => {
  it('starts with people on, places and organisations off', async () => {
    const settings = await loadSettings();
    expect(settings).toEqual(DEFAULT_SETTINGS);
    expect([...visibleKinds(settings)]).toEqual(['person']);
  });

  it('takes every default from the kinds registry', () => {
    expect(ENTITY_KINDS).toEqual(Object.keys(KINDS));
    for (const kind of ENTITY_KINDS) {
      expect(DEFAULT_SETTINGS.kinds[kind], kind).toBe(KINDS[kind].onByDefault);
      expect(DEFAULT_SETTINGS.colors[kind], kind).toBe(KINDS[kind].color);
      expect(DEFAULT_COLORS[kind], kind).toBe(KINDS[kind].color);
    }
    expect(Object.keys(DEFAULT_SETTINGS.kinds)).toEqual(ENTITY_KINDS);
    expect(Object.keys(DEFAULT_SETTINGS.colors)).toEqual(ENTITY_KINDS);
  });

  it('reads a value for every kind of the registry, and drops kinds it does not know', () => {
    const settings = sanitizeSettings({
      kinds: { person: false, spaceship: true },
      colors: { place: 'rose', spaceship: 'sky' },
    });
    expect(Object.keys(settings.kinds)).toEqual(ENTITY_KINDS);
    expect(Object.keys(settings.colors)).toEqual(ENTITY_KINDS);
    expect(settings.kinds.person).toBe(false);
    expect(settings.colors.place).toBe('rose');
  });

  it.each([
    ['a string', 'garbage'],
    ['null', null],
    ['an array', [1, 2]],
    [
      'wrong field types',
      { enabled: 'yes', kinds: 'all', hoverDelayMs: 'slow', colors: 7, pausedSites: 'x' },
    ],
    ['out-of-range delay', { hoverDelayMs: 99999 }],
    ['unknown colour', { colors: { person: 'chartreuse' } }],
  ])('falls back to defaults for %s, without an error', async (_label, stored) => {
    await fakeBrowser.storage.local.set({ settings: stored });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('keeps the valid fields of a partly corrupt value', () => {
    const settings = sanitizeSettings({
      enabled: false,
      kinds: { place: true, organization: 'x' },
      colors: { person: 'rose', place: 42 },
      pausedSites: ['example.com', 3, '', 'example.com', 'news.test'],
      extra: true,
    });
    expect(settings).toEqual({
      ...DEFAULT_SETTINGS,
      enabled: false,
      kinds: { person: true, place: true, organization: false },
      colors: { person: 'rose', place: 'sky', organization: 'mint' },
      pausedSites: ['example.com', 'news.test'],
    });
  });

  it('stores changes and tells watchers', async () => {
    const seen: boolean[] = [];
    const unwatch = watchSettings((s) => seen.push(s.kinds.place));
    await updateSettings((s) => ({ ...s, kinds: { ...s.kinds, place: true } }));
    expect((await loadSettings()).kinds.place).toBe(true);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(seen).toEqual([true]);
    unwatch();
  });

  it('pauses and resumes a site', async () => {
    await updateSettings((s) => withSitePaused(s, 'example.com', true));
    const paused = await loadSettings();
    expect(isActiveOn(paused, 'example.com')).toBe(false);
    expect(isActiveOn(paused, 'other.test')).toBe(true);
    await updateSettings((s) => withSitePaused(s, 'example.com', false));
    expect(isActiveOn(await loadSettings(), 'example.com')).toBe(true);
  });

  it('is read the same way by the content script, with the matcher, and followed', async () => {
    const readPageStart = async () =>
      pageStartFrom(await fakeBrowser.storage.local.get(PAGE_START_KEYS));
    await fakeBrowser.storage.local.set({ settings: { kinds: { place: true }, colors: 'x' } });
    const start = await readPageStart();
    expect(start.settings.kinds).toEqual({ person: true, place: true, organization: false });
    expect(start.matcher).toBeUndefined();
    const seen: string[] = [];
    const stop = watchPageStart(fakeBrowser.storage, {
      setSettings: (s) => seen.push(s.colors.person),
      setMatcher: (m) => seen.push(`matcher ${m?.kinds}`),
    });
    await updateSettings((s) => ({ ...s, colors: { ...s.colors, person: 'violet' } }));
    await fakeBrowser.storage.local.set({
      matcher: { format: 4, kinds: ['person'], index: '{}', rules: '', trees: '' },
    });
    await new Promise((resolve) => setTimeout(resolve, 0));
    stop();
    expect(seen).toEqual(['violet', 'matcher person']);
    expect((await readPageStart()).matcher?.kinds).toEqual(['person']);
  });

  it('is off everywhere when switched off, and resets to defaults', async () => {
    await updateSettings((s) => ({ ...s, enabled: false }));
    expect(isActiveOn(await loadSettings(), 'example.com')).toBe(false);
    await resetSettings();
    expect(await settingsItem.getValue()).toEqual(DEFAULT_SETTINGS);
  });
});

describe('updateSettings', () => {
  it('keeps both of two changes made at once', async () => {
    fakeBrowser.reset();
    await Promise.all([
      updateSettings((s) => ({ ...s, kinds: { ...s.kinds, place: true } })),
      updateSettings((s) => ({ ...s, kinds: { ...s.kinds, organization: true } })),
    ]);
    expect((await loadSettings()).kinds).toEqual({ person: true, place: true, organization: true });
  });
});
