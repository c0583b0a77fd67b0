import { render } from 'preact';
import { send } from '../messages/client.js';
import { OptionsApp } from './options-app.js';
import '../popup/styles.css';

const root = document.getElementById('app');
if (!root) throw new Error('options.html lacks its #app element.');
send('get-options', {}).then(
  (options) => render(<OptionsApp initial={options} />, root),
  (error: unknown) => {
    root.textContent = `The options could not be loaded (${String(error)}). Reload this page.`;
  },
);
