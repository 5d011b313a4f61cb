import { DEFAULT_COLORS, type HighlightColor, isHighlightColor } from './colors';
import { byKind, ENTITY_KINDS, type EntityKind, kindDefaults } from './kinds';

/** Everything the reader can set, in the popup or the options page. */
export interface Settings {
  /** Highlighting on or off everywhere. */
  enabled: boolean;
  /** Which kinds of names are highlighted. */
  kinds: Record<EntityKind, boolean>;
  /** How long the pointer rests on a name before its card opens. */
  hoverDelayMs: number;
  /** The highlight colour of each kind. */
  colors: Record<EntityKind, HighlightColor>;
  /** Hostnames where the reader paused Backstory. */
  pausedSites: string[];
}

/** Bounds of the hover delay, in milliseconds. */
export const HOVER_DELAY = { min: 100, max: 1500, default: 350 } as const;

/** The settings of a new install, and what anything unreadable falls back to. */
export const DEFAULT_SETTINGS: Settings = {
  enabled: true,
  kinds: /* @__PURE__ */ byKind((kind) => kindDefaults(kind).onByDefault),
  hoverDelayMs: HOVER_DELAY.default,
  colors: { ...DEFAULT_COLORS },
  pausedSites: [],
};

/** Key of the settings in `browser.storage.local`. */
export { SETTINGS_KEY } from './storage-keys';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads stored settings field by field: anything missing, corrupt or unknown takes the default. */
export function sanitizeSettings(raw: unknown): Settings {
  const value = isRecord(raw) ? raw : {};
  const kinds = isRecord(value.kinds) ? value.kinds : {};
  const colors = isRecord(value.colors) ? value.colors : {};
  const delay = value.hoverDelayMs;
  return {
    enabled: typeof value.enabled === 'boolean' ? value.enabled : DEFAULT_SETTINGS.enabled,
    kinds: byKind((k) => (typeof kinds[k] === 'boolean' ? kinds[k] : DEFAULT_SETTINGS.kinds[k])),
    hoverDelayMs:
      typeof delay === 'number' && delay >= HOVER_DELAY.min && delay <= HOVER_DELAY.max
        ? Math.round(delay)
        : HOVER_DELAY.default,
    colors: byKind((k) => (isHighlightColor(colors[k]) ? colors[k] : DEFAULT_COLORS[k])),
    pausedSites: Array.isArray(value.pausedSites)
      ? [
          ...new Set(
            value.pausedSites.filter((s): s is string => typeof s === 'string' && s !== ''),
          ),
        ]
      : [],
  };
}

/** Whether Backstory should highlight on a page of `hostname`. */
export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.pausedSites.includes(hostname);
}

/** The kinds switched on, as a set. */
/** What the popup says of a page on `hostname`: highlighted, paused for its site, or all off. */
export function pageStateOn(settings: Settings, hostname: string): 'active' | 'paused' | 'off' {
  return !settings.enabled ? 'off' : isActiveOn(settings, hostname) ? 'active' : 'paused';
}

export function visibleKinds(settings: Settings): Set<EntityKind> {
  return new Set(ENTITY_KINDS.filter((k) => settings.kinds[k]));
}

/** The settings with `hostname` paused or resumed. */
export function withSitePaused(settings: Settings, hostname: string, paused: boolean): Settings {
  const others = settings.pausedSites.filter((s) => s !== hostname);
  return { ...settings, pausedSites: paused ? [...others, hostname] : others };
}
