import { normalizeHostInput } from '../records/normalize.js';
import { parseIPv4, canonicalIPv6 } from '../records/ip-address.js';
import type { DnsRecord } from '../records/types.js';
import { column, isShown, openOverlays, readTable, shownTables, textOf } from './dom-text.js';
import { inferFromRecords } from '../capture/infer-from-records.js';
import {
  hostName,
  readCnameSentence,
  readDkimPairs,
  readServerLine,
  readSrvWizard,
  serviceFromOfferText,
  serviceFromServer,
} from '../capture/panel/text.js';
import type { DkimState, DomainDiagnostic, PanelReading } from '../capture/types.js';

/**
 * What the OVHcloud control panel's Exchange / Email Pro screens show (docs/email-dns-facts.md):
 * the "Associated domains" table and its Diagnostic badges, the CNAME pop-over, the SRV wizard,
 * the DNS values window, the Connexion box, DKIM, the Private Exchange server diagnostic.
 * Read from labels and texts (FR and EN), not from layout classes, except the badge colours
 * (`oui-badge_success` / `oui-badge_error`, from ovh/manager). Last verified 2026-11-23 on
 * fixture ovh-email-panel; the live layout is partly inferred.
 */
export function readPanel(document: Document): PanelReading {
  const reading: PanelReading = { domains: readDomainsTable(document), dkim: [] };
  const overlays = openOverlays(document);

  for (const overlay of overlays) {
    const text = textOf(overlay);
    const cname = readCnameSentence(text);
    if (cname && !reading.cname) reading.cname = cname;
    const srv = readSrvWizard(text);
    if (srv?.ok && !reading.srv) {
      reading.srv = srv.srv;
      reading.server = { value: srv.srv.target, source: 'panel-srv-wizard' };
    }
    readDnsValuesWindow(overlay, reading);
  }

  const connection = connectionBoxServer(document);
  if (connection && !reading.server) reading.server = { value: connection, source: 'panel-connection-box' };
  reading.dkim = readDkim(document);
  const privateServer = readServerDiagnostic(document);
  if (privateServer) reading.privateServer = privateServer;

  const service = offerService(document) ?? (reading.server ? serviceFromServer(reading.server.value) : undefined);
  if (service) reading.service = service;
  if (reading.privateServer && !reading.service) reading.service = 'ovh-private-exchange';
  return reading;
}

const BADGE_ERROR = /oui-badge_(?:error|warning|critical)/;
const BADGE_OK = /oui-badge_success/;

function readDomainsTable(document: Document): DomainDiagnostic[] {
  const found: DomainDiagnostic[] = [];
  for (const table of shownTables(document)) {
    const { headers, rows } = readTable(table);
    const diagnosticColumn = column(headers, /^diagnostic/i);
    const domainColumn = column(headers, /^(?:domaine|domain|nom de domaine|domain name)s?$/i);
    if (diagnosticColumn < 0 || domainColumn < 0) continue;
    for (const row of rows) {
      const domain = hostName(row.cells[domainColumn] ?? '');
      const cell = row.element.querySelectorAll('td, [role=cell], [role=gridcell]')[diagnosticColumn];
      if (!domain || !cell) continue;
      const badges: DomainDiagnostic['badges'] = {};
      let dkim: DkimState | undefined;
      for (const badge of cell.querySelectorAll('.oui-badge, [class*="badge"]')) {
        const name = textOf(badge).toUpperCase();
        if (!/^[A-Z]{2,6}$/.test(name)) continue;
        const classes = badge.getAttribute('class') ?? '';
        if (BADGE_ERROR.test(classes)) badges[name] = 'action';
        else if (BADGE_OK.test(classes)) badges[name] = 'ok';
        // The DKIM box is grey until DKIM is activated: "to set", not a problem of the zone.
        if (name === 'DKIM') dkim = badges.DKIM === 'ok' ? 'set' : badges.DKIM === 'action' ? 'toFix' : 'toSet';
      }
      found.push({ domain, badges, needsAction: Object.values(badges).includes('action'), ...(dkim && { dkim }) });
    }
  }
  return found;
}

/** « Connexion » / "Connection": the box of "General information" that names the server. */
function connectionBoxServer(document: Document): string | undefined {
  const titles = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6, dt, legend, [class*="title"], [class*="header"]')];
  for (const title of titles) {
    if (!/^(?:connexion|connection)$/i.test(textOf(title)) || !isShown(title)) continue;
    // From the parent up: the title's own class may contain "tile" too.
    const box = title.parentElement?.closest('section, article, .oui-tile, [class*="tile"], [class*="card"], dl') ?? title.parentElement;
    const server = readServerLine(textOf(box));
    if (server) return server;
  }
  return undefined;
}

/** The offer: « Offre : Hosted Exchange » in General information, or the page heading. */
function offerService(document: Document): string | undefined {
  for (const element of document.querySelectorAll('h1, h2, dd, [class*="offer"], [data-offer]')) {
    if (!isShown(element)) continue;
    const service = serviceFromOfferText(textOf(element));
    if (service) return service;
  }
  return undefined;
}

/** The DNS values window at the end of the configuration wizard: MX and SRV rows. */
function readDnsValuesWindow(overlay: Element, reading: PanelReading): void {
  for (const table of overlay.querySelectorAll('table')) {
    const { headers, rows } = readTable(table);
    const typeColumn = column(headers, /^(?:type|champ|field)$/i);
    const nameColumn = column(headers, /^(?:sous[- ]?domaine|sub[- ]?domain|nom|name|h[ôo]te|host)$/i);
    const priorityColumn = column(headers, /^(?:priorit[ée]|priority)$/i);
    const targetColumn = column(headers, /^(?:cible|target|valeur|value)$/i);
    if (typeColumn < 0 || targetColumn < 0) continue;
    const domain = reading.srv?.domain ?? reading.cname?.domain;
    const records: DnsRecord[] = [];
    for (const { cells } of rows) {
      const type = cells[typeColumn]?.toUpperCase();
      const target = hostName(cells[targetColumn]?.split(/\s+/).pop() ?? '');
      const name = nameColumn >= 0 ? cells[nameColumn] ?? '' : '';
      if (!target || (type !== 'MX' && type !== 'SRV')) continue;
      if (type === 'MX') records.push({ type, name: '@', ttl: 3600, value: target, priority: Number(cells[priorityColumn] ?? 0) || 0 });
      else if (/^_autodiscover\._tcp/i.test(name)) records.push({ type, name: '_autodiscover._tcp', ttl: 3600, value: target, priority: 0, weight: 0, port: 443 });
    }
    if (records.length === 0) continue;
    // The window writes names relative to the zone; any zone works for reading platform values.
    const zone = domain ?? 'zone.invalid';
    const absolute = records.map((r) => ({ ...r, name: normalizeHostInput(r.name, zone) }));
    const inferred = inferFromRecords(absolute, zone);
    if (inferred.vars.server && !reading.server) reading.server = { value: inferred.vars.server, source: 'panel-dns-values' };
    if (inferred.vars.region) reading.region = inferred.vars.region;
  }
}

/** DKIM: a table with Selector and Target columns, or « Sélecteur : … Cible : … » text. */
function readDkim(document: Document): PanelReading['dkim'] {
  const found: PanelReading['dkim'] = [];
  for (const table of shownTables(document)) {
    const { headers, rows } = readTable(table);
    const selectorColumn = column(headers, /^(?:s[ée]lecteur|selector)s?$/i);
    const targetColumn = column(headers, /^(?:cible|target|valeur|value|enregistrement cible|target record)$/i);
    const domainColumn = column(headers, /^(?:domaine|domain)$/i);
    const stateColumn = column(headers, /^(?:[ée]tat|statut|state|status)$/i);
    if (selectorColumn < 0 || targetColumn < 0) continue;
    for (const { cells } of rows) {
      const selector = (cells[selectorColumn] ?? '').toLowerCase().split('._domainkey')[0]!;
      const target = hostName(cells[targetColumn] ?? '', { allowUnderscore: true });
      const domain = domainColumn >= 0 ? hostName(cells[domainColumn] ?? '') : undefined;
      const state = stateColumn >= 0 ? dkimStateOf(cells[stateColumn] ?? '') : undefined;
      if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(selector) || !target) continue;
      found.push({ ...(domain && { domain }), selector, target, ...(state && { state }) });
    }
  }
  if (found.length > 0) return found;
  for (const section of document.querySelectorAll('[data-section="dkim"], section, [role=dialog]')) {
    if (!isShown(section) || !/dkim/i.test(textOf(section.querySelector('h1, h2, h3, h4, legend')))) continue;
    found.push(...readDkimPairs(textOf(section)));
  }
  return found;
}

/** A DKIM state cell, FR or EN: « À configurer » / "To set", « Configuré » / "Set", « À corriger » / "To fix". */
function dkimStateOf(text: string): DkimState | undefined {
  const words = text.trim().toLowerCase();
  if (/^(?:à configurer|a configurer|to set|toset)$/.test(words)) return 'toSet';
  if (/^(?:à corriger|a corriger|to fix|tofix)$/.test(words)) return 'toFix';
  if (/^(?:configuré|configure|actif|active|set)$/.test(words)) return 'set';
  return undefined;
}

/** Private Exchange "server diagnostic": rows A / AAAA / PTR / PTR v6 with the expected values. */
function readServerDiagnostic(document: Document): PanelReading['privateServer'] {
  for (const table of shownTables(document)) {
    const { headers, rows } = readTable(table);
    const typeColumn = column(headers, /^(?:type|enregistrement|record)$/i);
    const nameColumn = column(headers, /^(?:nom|name|serveur|server|h[ôo]te|host)$/i);
    const valueColumn = column(headers, /^(?:valeur attendue|expected value|valeur|value|adresse|address)$/i);
    if (typeColumn < 0 || nameColumn < 0 || valueColumn < 0) continue;
    const row = (type: string) => rows.find(({ cells }) => cells[typeColumn]?.toUpperCase() === type)?.cells;
    const a = row('A');
    const aaaa = row('AAAA');
    const name = hostName(a?.[nameColumn] ?? aaaa?.[nameColumn] ?? '');
    if (!name || (!a && !aaaa)) continue;
    const server: NonNullable<PanelReading['privateServer']> = { name };
    const ipv4 = a?.[valueColumn]?.trim();
    const ipv6 = aaaa?.[valueColumn] ? canonicalIPv6(aaaa[valueColumn]!) : undefined;
    if (ipv4 && parseIPv4(ipv4)) server.ipv4 = ipv4;
    if (ipv6) server.ipv6 = ipv6;
    return server;
  }
  return undefined;
}
