import { storage } from '#imports';
import { DEFAULT_SETTINGS, SETTINGS_KEY, type Settings, sanitizeSettings } from './settings';

/** The stored settings; version 1. Values are checked by {@link sanitizeSettings} when read. */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

/** The current settings, never failing: storage errors give the defaults. */
export async function loadSettings(): Promise<Settings> {
  try {
    return sanitizeSettings(await settingsItem.getValue());
  } catch {
    return sanitizeSettings(undefined);
  }
}

let pendingUpdate: Promise<unknown> = Promise.resolve();

/**
 * Applies `change` to the current settings and stores the result. Updates run one after another,
 * so two switches flipped at once both stick.
 */
export function updateSettings(change: (current: Settings) => Settings): Promise<Settings> {
  const run = pendingUpdate.then(async () => {
    const next = sanitizeSettings(change(await loadSettings()));
    await settingsItem.setValue(next);
    return next;
  });
  pendingUpdate = run.catch(() => {});
  return run;
}

/** Puts every setting back to its default. */
export async function resetSettings(): Promise<void> {
  await settingsItem.setValue(DEFAULT_SETTINGS);
}

/** Calls `onChange` with the sanitized settings whenever they change; returns the unwatch. */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(sanitizeSettings(value)));
}
