import { HIGHLIGHT_COLORS, type HighlightColor } from '../lib/colors';
import { ENTITY_KINDS, KINDS } from '../lib/kinds';
import { HOVER_DELAY, type Settings } from '../lib/settings';
import { Toggle } from './Toggle';

/** Props of {@link OptionsView}. */
export interface OptionsViewProps {
  settings: Settings;
  /** Called with the whole new settings after any change. */
  onChange: (settings: Settings) => void;
  onReset: () => void;
}

const COLOR_NAMES = Object.keys(HIGHLIGHT_COLORS) as HighlightColor[];

/** Every setting: switches, hover delay, colours with a preview, paused sites, reset. */
export function OptionsView({ settings, onChange, onReset }: OptionsViewProps) {
  const set = (patch: Partial<Settings>) => onChange({ ...settings, ...patch });
  return (
    <main class="options">
      <h1>Backstory options</h1>
      <p class="muted">Changes apply at once to every open tab.</p>

      <section aria-labelledby="what">
        <h2 id="what">What to highlight</h2>
        <Toggle
          label="Highlighting"
          checked={settings.enabled}
          onChange={(enabled) => set({ enabled })}
        />
        {ENTITY_KINDS.map((kind) => (
          <div class="kind-row" key={kind}>
            <Toggle
              label={KINDS[kind].plural}
              checked={settings.kinds[kind]}
              onChange={(on) => set({ kinds: { ...settings.kinds, [kind]: on } })}
            />
            <label>
              <span class="visually-hidden">{KINDS[kind].plural} colour</span>
              <select
                value={settings.colors[kind]}
                onChange={(event) =>
                  set({
                    colors: {
                      ...settings.colors,
                      [kind]: event.currentTarget.value as HighlightColor,
                    },
                  })
                }
              >
                {COLOR_NAMES.map((color) => (
                  <option key={color} value={color}>
                    {HIGHLIGHT_COLORS[color].label}
                  </option>
                ))}
              </select>
            </label>
            <span
              class="preview"
              style={{
                backgroundColor: HIGHLIGHT_COLORS[settings.colors[kind]].background,
                textDecorationColor: HIGHLIGHT_COLORS[settings.colors[kind]].line,
              }}
            >
              {KINDS[kind].example}
            </span>
          </div>
        ))}
      </section>

      <section aria-labelledby="hover">
        <h2 id="hover">Hover card</h2>
        <label class="delay">
          Open after resting on a name for <output>{settings.hoverDelayMs} ms</output>
          <input
            type="range"
            min={HOVER_DELAY.min}
            max={HOVER_DELAY.max}
            step={50}
            value={settings.hoverDelayMs}
            onInput={(event) => set({ hoverDelayMs: Number(event.currentTarget.value) })}
          />
        </label>
      </section>

      <section aria-labelledby="paused">
        <h2 id="paused">Paused sites</h2>
        {settings.pausedSites.length === 0 ? (
          <p class="muted">None. Pause a site from the toolbar popup.</p>
        ) : (
          <ul class="paused">
            {settings.pausedSites.map((site) => (
              <li key={site}>
                <span>{site}</span>
                <button
                  type="button"
                  aria-label={`Resume on ${site}`}
                  onClick={() =>
                    set({ pausedSites: settings.pausedSites.filter((s) => s !== site) })
                  }
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}
      </section>

      <button type="button" class="reset" onClick={onReset}>
        Reset to defaults
      </button>
    </main>
  );
}
