import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord } from '../../records/types.js';
import { buildCapture } from '../build-capture.js';
import { readCnameSentence, readDkimPairs, readServerLine, readSrvWizard, serviceFromServer } from '../panel/text.js';
import { type PasteResult, pasteRefused } from '../types.js';
import { localized } from '../../i18n/format.js';

/** Services whose values the control panel's Exchange / Email Pro diagnostic gives. */
const PLATFORM_SERVICES = ['ovh-hosted-exchange', 'ovh-email-pro'];

export function looksLikePanelDiagnostic(text: string): boolean {
  return (
    readCnameSentence(text) !== undefined ||
    readSrvWizard(text) !== undefined ||
    readServerLine(text) !== undefined ||
    readDkimPairs(text).length > 0
  );
}

/** Text copied from the panel: the CNAME pop-over, the SRV wizard, the Connexion box, DKIM. */
export function parsePanelDiagnostic(text: string, context: { domain?: string; service?: string } = {}): PasteResult {
  const cname = readCnameSentence(text);
  const srv = readSrvWizard(text);
  if (srv && !srv.ok) {
    return pasteRefused(localized({
      en: `The SRV wizard text lacks {missing}: copy the whole window, from "Subdomain" to "Target".`,
      fr: `Le texte de l’assistant SRV n’a pas {missing} : copiez toute la fenêtre, de « Sous domaine » à « Cible ».`,
    }, { missing: srv.missing.join(', ') }));
  }
  const server = srv?.ok ? srv.srv.target : readServerLine(text);
  const dkim = readDkimPairs(text);
  const domains = [...new Set([context.domain, cname?.domain, srv?.ok ? srv.srv.domain : undefined].filter((d): d is string => !!d))];
  if (domains.length > 1) {
    return pasteRefused(localized({
      en: `The text is about several domains ({domains}): paste what the panel shows for one domain at a time.`,
      fr: `Le texte concerne plusieurs domaines ({domains}) : collez ce que l’espace client affiche pour un seul domaine à la fois.`,
    }, { domains: domains.join(', ') }));
  }
  const domain = domains[0];
  if (!domain) {
    return pasteRefused(localized({
      en: 'The text does not name the domain: type the domain first, then paste again.',
      fr: 'Le texte ne nomme pas le domaine : indiquez d’abord le domaine, puis collez de nouveau.',
    }));
  }
  const fromServer = server ? serviceFromServer(server) : undefined;
  const service = context.service && PLATFORM_SERVICES.includes(context.service) ? context.service : fromServer;
  if (!service) {
    return pasteRefused(localized({
      en: 'The text does not say whether this is Hosted Exchange or Email Pro: choose the service first, then paste again.',
      fr: 'Le texte ne dit pas s’il s’agit de Hosted Exchange ou d’E-mail Pro : choisissez d’abord le service, puis collez de nouveau.',
    }));
  }
  const source = 'pasted-diagnostic' as const;
  const values: Record<string, { value: string; source: typeof source }> = {};
  const records: DnsRecord[] = [];
  if (cname) {
    values.token = { value: cname.token, source };
    values.cname_target = { value: cname.target, source };
    records.push({ type: 'CNAME', name: `${cname.token}-check.${domain}`, ttl: 3600, value: cname.target });
  }
  if (server) {
    values.server = { value: server, source };
    const { priority, weight, port } = srv?.ok ? srv.srv : { priority: 0, weight: 0, port: 443 };
    records.push({ type: 'SRV', name: `_autodiscover._tcp.${domain}`, ttl: 3600, value: server, priority, weight, port });
  }
  dkim.slice(0, 2).forEach(({ selector, target }, index) => {
    values[`dkim_selector${index + 1}`] = { value: selector, source };
    values[`dkim_target${index + 1}`] = { value: target, source };
    records.push({ type: 'CNAME', name: `${selector}._domainkey.${domain}`, ttl: 3600, value: target });
  });
  const notes: Localized[] = [];
  if (srv?.ok && (srv.srv.priority !== 0 || srv.srv.weight !== 0 || srv.srv.port !== 443)) {
    notes.push(localized({
      en: `The panel shows SRV {priority} {weight} {port}, not the usual 0 0 443: the catalog's record keeps 0 0 443; tell support if the panel insists.`,
      fr: `L’espace client affiche le SRV {priority} {weight} {port}, pas le 0 0 443 habituel : l’enregistrement du catalogue garde 0 0 443 ; prévenez le support si l’espace client insiste.`,
    }, { priority: srv.srv.priority, weight: srv.srv.weight, port: srv.srv.port }));
  }
  const built = buildCapture(domain, service, values);
  if (!built.capture) return pasteRefused(built.notes[0]!);
  return { ok: true, shape: 'panel-diagnostic', capture: built.capture, records, notes: [...notes, ...built.notes] };
}
