import { render } from 'preact';
import { format } from '../i18n/format.js';
import { langFromLocale } from '../i18n/lang.js';
import { send } from '../messages/client.js';
import { OptionsApp } from './options-app.js';
import { keepFocus } from '../ui/keep-focus.js';
import { installUts46Table } from '../records/names/uts46-install.js';
import '../ui/styles.css';

// Importing a Domain Connect template reads its hosts as names, synchronously.
installUts46Table();

const root = document.getElementById('app');
if (!root) throw new Error('options.html lacks its #app element.');
send('get-options', {}).then(
  (options) => (render(<OptionsApp initial={options} />, root), keepFocus(root)),
  (error: unknown) => {
    // The options (and so the chosen language) are what failed: the browser's language it is.
    root.textContent = format(
      langFromLocale(navigator.language) ?? 'en',
      { en: 'The options could not be loaded ({error}). Reload this page.', fr: 'Les options n’ont pas pu être chargées ({error}). Rechargez cette page.' },
      { error: String(error) },
    );
  },
);
