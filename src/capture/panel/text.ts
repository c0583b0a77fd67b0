import { nameCandidate } from '../../records/names/name-candidate.js';
import { labelledPairs } from './labels.js';

/**
 * The control panel's diagnostic sentences and wizards, read from their text. The same
 * functions read the page (content script) and text the user pasted from it.
 */

/**
 * A host name of two labels or more as the text shows it (ASCII in model form, an IDN as
 * written), else undefined. Read without the UTS #46 table, which the content script does not
 * carry: buildCapture reads the domain and every value strictly before a capture is kept.
 */
export function hostName(raw: string, options: { allowUnderscore?: boolean } = {}): string | undefined {
  const name = nameCandidate(raw, options);
  // An all-digit last label is an IP address, not a name.
  return name?.includes('.') && !/\.[0-9]+$/.test(name) ? name : undefined;
}

/**
 * « … créer un enregistrement CNAME : {0}.{1} vers {2} … » and its English form
 * ("… a CNAME record: {0}.{1} to {2} …"). {0} is one label, possibly already ending in
 * -check; the token is kept bare.
 */
const CNAME_SENTENCE =
  // Bounded (names are ≤ 253 characters): an unbounded lazy group backtracks for seconds on a crafted paste.
  // `\s*(?::\s*)?`, not `\s*:?\s*`: two spaces-runs side by side split a long run in quadratic ways.
  /\bCNAME(?:\s+(?:record|entry))?\s*(?::\s*)?([A-Za-z0-9-]{1,70})\.([A-Za-z0-9.-]{1,253}?)\.?\s+(?:vers|to|pointing to|pointant vers|→|->)\s+([A-Za-z0-9.-]{1,253}?)\.?(?=\s|$|[,;)])/iu;

export function readCnameSentence(text: string): { domain: string; token: string; target: string } | undefined {
  const match = CNAME_SENTENCE.exec(text);
  if (!match) return undefined;
  const token = match[1]!.replace(/-check$/i, '');
  const domain = hostName(match[2]!);
  const target = hostName(match[3]!);
  if (!domain || !target || !/^[A-Za-z0-9]{1,63}$/.test(token)) return undefined;
  return { domain, token, target };
}

export interface SrvWizardValues {
  /** The zone, when the sub-domain was shown in full (`_autodiscover._tcp.example.com`). */
  domain?: string;
  priority: number;
  weight: number;
  port: number;
  target: string;
}

/** What the SRV wizard shows, or the labels it lacks (so a partial copy gets a precise message). */
export function readSrvWizard(text: string): { ok: true; srv: SrvWizardValues } | { ok: false; missing: string[] } | undefined {
  const pairs = labelledPairs(text);
  const first = (label: string) => pairs.find((pair) => pair.label === label)?.value;
  const sub = first('subdomain');
  if (!sub || !/^_autodiscover\._tcp(?:\.|$)/i.test(sub)) return undefined;
  const numbers = { priority: first('priority'), weight: first('weight'), port: first('port') };
  const target = first('target');
  const missing = [
    ...Object.entries(numbers).filter(([, value]) => value === undefined || !/^\d{1,5}$/.test(value)).map(([key]) => key),
    ...(target && hostName(target) ? [] : ['target']),
  ];
  if (missing.length > 0) return { ok: false, missing };
  const domainPart = sub.replace(/^_autodiscover\._tcp\.?/i, '');
  const domain = domainPart === '' ? undefined : hostName(domainPart);
  const srv: SrvWizardValues = {
    priority: Number(numbers.priority),
    weight: Number(numbers.weight),
    port: Number(numbers.port),
    target: hostName(target!)!,
  };
  if (domain) srv.domain = domain;
  return { ok: true, srv };
}

/** The server of the "Connexion" box: « Serveur : ex5.mail.ovh.net ». */
export function readServerLine(text: string): string | undefined {
  const value = labelledPairs(text).find((pair) => pair.label === 'server')?.value;
  return value ? hostName(value) : undefined;
}

/** DKIM as the panel lists it: « Sélecteur : X … Cible : Y », one pair per selector. */
export function readDkimPairs(text: string): { selector: string; target: string }[] {
  const found: { selector: string; target: string }[] = [];
  let selector: string | undefined;
  for (const { label, value } of labelledPairs(text)) {
    if (label === 'selector') selector = /^[a-z0-9][a-z0-9-]{0,62}$/i.test(value) ? value.toLowerCase() : undefined;
    else if (label === 'target' && selector) {
      const target = hostName(value, { allowUnderscore: true });
      if (target) found.push({ selector, target });
      selector = undefined;
    }
  }
  return found;
}

/** The offer a page names: Hosted / Private Exchange, Email Pro (service ids of the catalog). */
export function serviceFromOfferText(text: string): string | undefined {
  if (/private\s+exchange/i.test(text)) return 'ovh-private-exchange';
  if (/hosted\s+exchange/i.test(text)) return 'ovh-hosted-exchange';
  if (/e-?mail\s+pro/i.test(text)) return 'ovh-email-pro';
  return undefined;
}

/** The service a platform server's name implies: ex<N> is Hosted Exchange, pro<N> Email Pro. */
export function serviceFromServer(server: string): string | undefined {
  if (/^ex\d+\.mail\.ovh\.(?:net|ca)$/.test(server)) return 'ovh-hosted-exchange';
  if (/^pro\d+\.mail\.ovh\.(?:net|ca)$/.test(server)) return 'ovh-email-pro';
  return undefined;
}
