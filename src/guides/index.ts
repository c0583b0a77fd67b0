import { emailProFirstSteps } from './email-pro-first-steps.js';
import { exchangeOnpremEssentials } from './exchange-onprem-essentials.js';
import { hostedExchangeFirstSteps } from './hosted-exchange-first-steps.js';
import { mailClientSettings } from './mail-client-settings.js';
import { microsoft365Dns } from './microsoft-365-dns.js';
import { privateExchangeFirstSteps } from './private-exchange-first-steps.js';
import { cloudflareGuide } from '../sites/cloudflare/guide.js';
import { cpanelGuide } from '../sites/cpanel/guide.js';
import { demoGuide } from '../sites/demo/guide.js';
import { gandiGuide } from '../sites/gandi/guide.js';
import { genericGuide } from '../sites/generic/guide.js';
import { godaddyGuide } from '../sites/godaddy/guide.js';
import { hostingerGuide } from '../sites/hostinger/guide.js';
import { ionosGuide } from '../sites/ionos/guide.js';
import { namecheapGuide } from '../sites/namecheap/guide.js';
import { ovhZoneLegacyGuide } from '../sites/ovh-zone-legacy/guide.js';
import { ovhZoneReactGuide } from '../sites/ovh-zone-react/guide.js';
import { pleskGuide } from '../sites/plesk/guide.js';
import { porkbunGuide } from '../sites/porkbun/guide.js';
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
