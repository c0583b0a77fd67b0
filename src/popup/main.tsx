import { render } from 'preact';
import { langFromLocale } from '../i18n/lang.js';
import { App, type Mode } from './app.js';
import { boot } from './boot.js';
import { LoadingShell } from './components/loading-shell.js';
import { uiLanguage } from './language.js';
import './styles.css';

/** Both popup.html and sidepanel.html load this; `data-mode` on <html> tells them apart. */
const mode: Mode = document.documentElement.dataset.mode === 'panel' ? 'panel' : 'popup';
const root = document.getElementById('app');
if (!root) throw new Error('popup.html lacks its #app element.');

render(<LoadingShell lang={uiLanguage('auto', navigator.languages)} />, root);
boot(location.search).then(
  (state) => render(<App boot={state} mode={mode} />, root),
  (error: unknown) => {
    // Even the failure must be readable: plain text, the browser's language.
    const fr = langFromLocale(navigator.language) === 'fr';
    root.textContent = fr
      ? `L’extension n’a pas pu démarrer (${String(error)}). Fermez et rouvrez ce panneau.`
      : `The extension could not start (${String(error)}). Close and reopen this panel.`;
  },
);
