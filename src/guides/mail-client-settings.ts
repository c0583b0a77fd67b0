import { typeset } from '../i18n/typeset.js';
import type { Guide } from './types.js';
import { withWords } from './guide-words.js';
import MAIL_CLIENT_WORDS from './mail-client-settings-words.json';

/** Settings for mail apps, per OVHcloud offer (facts from seed 004 and docs/email-dns-facts.md). */
export const mailClientSettings: Guide = typeset(withWords(MAIL_CLIENT_WORDS, {
  id: 'mail-client-settings',
  kind: 'client',
  services: ['ovh-mx-plan', 'ovh-email-pro', 'ovh-hosted-exchange'],
  source: 'seed 004 (OVHcloud, mail app settings); docs/email-dns-facts.md "Mail client settings"',
  steps: [
    { id: 'account' },
    { id: 'mx-plan-servers' },
    { id: 'email-pro-servers' },
    { id: 'exchange-servers', doneWhenChecked: [{ type: 'SRV' }] },
    { id: 'smtp-auth' },
  ],
}));
