import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { DraftHandle } from '../../components/AddArticle';
import { LibrarySection } from '../../components/LibrarySection';
import { OptionsView } from '../../components/OptionsView';
import { DRAFT_PARAM, dropDraft, readDraft } from '../../lib/library/drafts';
import { watchLibrary } from '../../lib/library/library-changes';
import { openLibrary } from '../../lib/library/library-store';
import { downloadFile } from '../../lib/page/download-file';
import type { Settings } from '../../lib/settings';
import { loadSettings, resetSettings, settingsItem, watchSettings } from '../../lib/settings-store';
import { extractInWorker } from './extract-in-worker';
import '../popup/style.css';
import './style.css';
import './library.css';

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

/** The draft this page was opened to review (`?draft=<key>`, from the popup's "Add this page"). */
function draftOfPage(): DraftHandle | undefined {
  const key = new URLSearchParams(location.search).get(DRAFT_PARAM);
  if (!key) return undefined;
  const area = browser.storage.session;
  return {
    read: () => readDraft(area, key),
    drop: async () => {
      await dropDraft(area, key);
      // A reload now shows the library, not a review of a draft that is gone.
      history.replaceState(null, '', location.pathname);
    },
  };
}

const library = openLibrary();
const extract = extractInWorker();
const watch = (onChange: () => void) => watchLibrary(onChange);

render(
  <>
    <Options />
    <div class="options">
      <LibrarySection
        library={library}
        extract={extract}
        draft={draftOfPage()}
        watch={watch}
        download={downloadFile}
      />
    </div>
  </>,
  document.getElementById('app') as HTMLElement,
);
