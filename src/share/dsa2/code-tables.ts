/**
 * What DSA2 codes refer to by number. Codes live in e-mails and tickets for years: these lists
 * only ever grow at the end. A value that is in none of them is written out in full.
 */

/** Catalog services by number (a service missing here still round-trips, by its id). */
export const SERVICE_IDS = [
  'ovh-hosted-exchange',
  'ovh-email-pro',
  'ovh-private-exchange',
  'ovh-mx-plan',
  'exchange-onprem',
  'microsoft-365',
] as const;

/** Variable names by number, the most frequent first (0–7 take 4 bits). */
export const VARIABLE_NAMES = [
  'server',
  'token',
  'region',
  'ip',
  'server_name',
  'ipv4',
  'ipv6',
  'dmarc',
  'mx',
  'verify',
  'cname_target',
  'dkim_selector1',
  'dkim_selector2',
  'dkim_target1',
  'dkim_target2',
] as const;

/** The alphabet a pattern's variable part is written in. */
export type SlotAlphabet = 'digits' | 'name';

/**
 * Whole values and value patterns seen in setups (the catalog's examples and what the control
 * panels show): `ex5.mail.ovh.net` is pattern 0 and the digits `5`.
 */
export const KNOWN_VALUES: readonly { before: string; slot?: SlotAlphabet; after?: string }[] = [
  { before: 'ex', slot: 'digits', after: '.mail.ovh.net' },
  { before: 'pro', slot: 'digits', after: '.mail.ovh.net' },
  { before: 'eu' },
  { before: 'ca' },
  { before: 'mail' },
  { before: 'exchange' },
  { before: 'ovh.com' },
  { before: 'ex-mail.biz' },
  { before: 'MS=ms', slot: 'digits' },
  { before: 'ms', slot: 'digits' },
  { before: '', slot: 'name', after: '.mail.protection.outlook.com' },
  { before: '', slot: 'name', after: '.mx.microsoft' },
  { before: 'ovhex', slot: 'digits', after: '-selector1' },
  { before: 'ovhex', slot: 'digits', after: '-selector2' },
  { before: 'ovhemp', slot: 'digits', after: '-selector1' },
  { before: 'ovhemp', slot: 'digits', after: '-selector2' },
  { before: '', slot: 'name', after: '.dkim.mail.ovh.net' },
  { before: '', slot: 'name', after: '.onmicrosoft.com' },
  { before: '', slot: 'name', after: '.dkim.mail.microsoft' },
  { before: 'v=DMARC1; p=none' },
  { before: 'v=DMARC1; p=quarantine' },
  { before: 'v=DMARC1; p=reject' },
  { before: 'ovhmo', slot: 'digits', after: '-selector1' },
  { before: 'ovhmo', slot: 'digits', after: '-selector2' },
];
