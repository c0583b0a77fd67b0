import { emailProFirstSteps } from './email-pro-first-steps.js';
import { exchangeOnpremEssentials } from './exchange-onprem-essentials.js';
import { hostedExchangeFirstSteps } from './hosted-exchange-first-steps.js';
import { mailClientSettings } from './mail-client-settings.js';
import { microsoft365Dns } from './microsoft-365-dns.js';
import { privateExchangeFirstSteps } from './private-exchange-first-steps.js';
import type { Guide } from './types.js';

/**
 * The service guides (and the mail-client one). Each site's registrar steps live in its folder
 * (src/sites/<id>/guide.ts); the list of all guides is composed in src/sites/guides.ts.
 */
export const SERVICE_GUIDES: readonly Guide[] = [
  hostedExchangeFirstSteps,
  privateExchangeFirstSteps,
  emailProFirstSteps,
  exchangeOnpremEssentials,
  microsoft365Dns,
  mailClientSettings,
];
