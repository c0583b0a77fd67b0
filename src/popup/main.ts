import { langFromLocale, uiLanguage } from '../i18n/lang.js';
import type { Mode } from './app.js';
import { askBackground } from './boot-requests.js';
import { paintLoadingShell } from './loading-shell.js';
import '../ui/styles.css';

/**
 * popup.html loads this, and so does the side panel's page, which the build makes from it with
 * `data-mode="panel"` on <html> (scripts/vite-side-panel.ts): that tells them apart. This
 * first chunk stays small (the shell in plain DOM, the messaging; no Preact): the shell paints
 * at once, the background's round trips start, and the UI's chunk (start.tsx) loads meanwhile.
 */
const mode: Mode = document.documentElement.dataset.mode === 'panel' ? 'panel' : 'popup';
const root = document.getElementById('app');
if (!root) throw new Error('popup.html lacks its #app element.');

// Painted before anything else runs: the round trips below start a few milliseconds later at
// most, and the popup is not blank meanwhile.
paintLoadingShell(root, uiLanguage('auto', navigator.languages));
const answers = askBackground(location.search);
// Settled here too, so a refusal never shows up as an unhandled rejection before start() awaits it.
answers.catch(() => undefined);
import('./start.js')
  .then(({ start }) => start(root, mode, location.search, answers))
  .catch((error: unknown) => {
    // Even the failure must be readable: plain text, the browser's language.
    const fr = langFromLocale(navigator.language) === 'fr';
    root.textContent = fr
      ? `L’extension n’a pas pu démarrer (${String(error)}). Fermez et rouvrez ce panneau.`
      : `The extension could not start (${String(error)}). Close and reopen this panel.`;
  });
