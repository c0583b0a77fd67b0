import type { Localized } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';

/**
 * Where a captured value was read. The UI shows it beside the value ("read from the control
 * panel's SRV wizard", "pasted"), so a support agent knows which screen to look at again.
 */
export const CAPTURE_SOURCES = [
  'panel-domains-table',
  'panel-cname-popover',
  'panel-srv-wizard',
  'panel-dns-values',
  'panel-connection-box',
  'panel-dkim',
  'panel-server-diagnostic',
  'panel-offer',
  'pasted-delivery-email',
  'pasted-bind',
  'pasted-diagnostic',
  'pasted-m365-table',
] as const;
export type CaptureSource = (typeof CAPTURE_SOURCES)[number];

export function isCaptureSource(text: unknown): text is CaptureSource {
  return typeof text === 'string' && (CAPTURE_SOURCES as readonly string[]).includes(text);
}

/** One variable's value and where it came from. */
export interface CapturedValue {
  value: string;
  source: CaptureSource;
}

/**
 * What capture or paste learned for one domain: the service, variables with their source,
 * and the records the text spelled out (for "what I understood" before anything is used).
 */
export interface Capture {
  domain: string;
  service: string;
  vars: Record<string, CapturedValue>;
}

/**
 * Where OVHcloud DKIM stands for a domain, as the panel shows it (ovh/docs dns_zone_dkim: the
 * DKIM box is grey until activated, green once working, red when a record is wrong).
 */
export const DKIM_STATES = ['toSet', 'set', 'toFix'] as const;
export type DkimState = (typeof DKIM_STATES)[number];

/** A domain row of the panel's "Associated domains" table and its Diagnostic badges. */
export interface DomainDiagnostic {
  domain: string;
  /** Badge name (MX, SRV, CNAME, SPF, DKIM) → ok (green) or needs action (red). */
  badges: Record<string, 'ok' | 'action'>;
  needsAction: boolean;
  /** The DKIM box: grey (toSet), green (set) or red (toFix), when the row shows one. */
  dkim?: DkimState;
}

/** What one panel screen shows, before it is turned into captures per domain. */
export interface PanelReading {
  /** Service id of the catalog when the page says which offer it is. */
  service?: string;
  /** The platform's server (Connexion box or SRV wizard « Cible »). */
  server?: { value: string; source: CaptureSource };
  domains: DomainDiagnostic[];
  /** eu or ca, when the DNS values window lists the region's MX servers. */
  region?: string;
  /** The ownership CNAME the popover asks for. */
  cname?: { domain: string; token: string; target: string };
  /** The SRV wizard's values. */
  srv?: { domain?: string; priority: number; weight: number; port: number; target: string };
  /** DKIM selectors and CNAME targets, per domain when the page names it. */
  dkim: { domain?: string; selector: string; target: string; state?: DkimState }[];
  /** Private Exchange "server diagnostic": the platform name and its addresses. */
  privateServer?: { name: string; ipv4?: string; ipv6?: string };
}

/** The result of reading pasted text. */
export type PasteResult =
  | {
      ok: true;
      shape: PasteShape;
      /** Present when the text or the caller named the domain. */
      capture: Capture;
      /** The records the text spelled out, in the model's form (absolute names). */
      records: DnsRecord[];
      /** Things the user should know (lines skipped, values guessed from context). */
      notes: Localized[];
    }
  | { ok: false; problem: Localized };

/** A paste the parser turns down, with the sentence that says why and what to paste instead. */
export function pasteRefused(problem: Localized): PasteResult {
  return { ok: false, problem };
}

export const PASTE_SHAPES = ['delivery-email', 'bind', 'panel-diagnostic', 'm365-table'] as const;
export type PasteShape = (typeof PASTE_SHAPES)[number];
