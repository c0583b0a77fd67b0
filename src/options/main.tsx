import { render } from 'preact';
import { langFromLocale } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import { OptionsApp } from './options-app.js';
import '../ui/styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html lacks its #app element.');
send('get-options', {}).then(
  (options) => render(<OptionsApp initial={options} />, root),
  (error: unknown) => {
    // The options (and so the chosen language) are what failed: the browser's language it is.
    root.textContent =
      langFromLocale(navigator.language) === 'fr'
        ? `Les options n’ont pas pu être chargées (${String(error)}). Rechargez cette page.`
        : `The options could not be loaded (${String(error)}). Reload this page.`;
  },
);
