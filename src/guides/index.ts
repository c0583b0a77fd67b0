import { emailProFirstSteps } from './email-pro-first-steps.js';
import { exchangeOnpremEssentials } from './exchange-onprem-essentials.js';
import { hostedExchangeFirstSteps } from './hosted-exchange-first-steps.js';
import { mailClientSettings } from './mail-client-settings.js';
import { microsoft365Dns } from './microsoft-365-dns.js';
import { privateExchangeFirstSteps } from './private-exchange-first-steps.js';
import { cloudflareGuide } from './registrars/cloudflare.js';
import { cpanelGuide } from './registrars/cpanel.js';
import { demoGuide } from './registrars/demo.js';
import { gandiGuide } from './registrars/gandi.js';
import { genericGuide } from './registrars/generic.js';
import { godaddyGuide } from './registrars/godaddy.js';
import { hostingerGuide } from './registrars/hostinger.js';
import { ionosGuide } from './registrars/ionos.js';
import { namecheapGuide } from './registrars/namecheap.js';
import { ovhZoneLegacyGuide } from './registrars/ovh-zone-legacy.js';
import { ovhZoneReactGuide } from './registrars/ovh-zone-react.js';
import { pleskGuide } from './registrars/plesk.js';
import { porkbunGuide } from './registrars/porkbun.js';
import type { Guide } from './types.js';

/** Every guide; adding one is one file and one line here. A support agent can open any of them. */
export const GUIDES: readonly Guide[] = [
  hostedExchangeFirstSteps,
  privateExchangeFirstSteps,
  emailProFirstSteps,
  exchangeOnpremEssentials,
  microsoft365Dns,
  mailClientSettings,
  ovhZoneLegacyGuide,
  ovhZoneReactGuide,
  godaddyGuide,
  cloudflareGuide,
  namecheapGuide,
  porkbunGuide,
  hostingerGuide,
  gandiGuide,
  ionosGuide,
  cpanelGuide,
  pleskGuide,
  genericGuide,
  demoGuide,
];

export function findGuide(id: string): Guide | undefined {
  return GUIDES.find((guide) => guide.id === id);
}
