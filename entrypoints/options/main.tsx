import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { OptionsView } from '../../components/OptionsView';
import type { Settings } from '../../lib/settings';
import { loadSettings, resetSettings, settingsItem, watchSettings } from '../../lib/settings-store';
import '../popup/style.css';
import './style.css';

function Options() {
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);
  if (!settings) return <p role="status">Loading…</p>;
  return (
    <OptionsView
      settings={settings}
      onChange={(next) => {
        setSettings(next);
        settingsItem.setValue(next);
      }}
      onReset={() => resetSettings()}
    />
  );
}

render(<Options />, document.getElementById('app') as HTMLElement);
