/** Props of {@link Toggle}. */
export interface ToggleProps {
  /** The visible label. */
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  /** A short explanation under the label. */
  hint?: string;
  disabled?: boolean;
  /** The name read out instead of the label, when the label alone lacks context. */
  accessibleName?: string;
}

/** An on/off switch: a button with `role="switch"`, operable by mouse and keyboard. */
export function Toggle({ label, checked, onChange, hint, disabled, accessibleName }: ToggleProps) {
  return (
    <button
      type="button"
      role="switch"
      class="toggle"
      aria-checked={checked}
      aria-label={accessibleName}
      disabled={disabled}
      onClick={() => onChange(!checked)}
    >
      <span class="toggle-track" aria-hidden="true">
        <span class="toggle-thumb" />
      </span>
      <span class="toggle-text">
        <span class="toggle-label">{label}</span>
        {hint && <span class="toggle-hint">{hint}</span>}
      </span>
    </button>
  );
}
