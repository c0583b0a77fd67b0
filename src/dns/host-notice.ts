import type { Localized } from '../i18n/lang.js';
import { findHost } from '../hosts/match.js';
import { hostMessages as say } from '../hosts/messages.js';
import type { DnsHost } from './dns-host.js';
import { dnsHostSentence } from './host-sentence.js';

/** The editor the user is on: its site's DNS host (`hostId`, absent for panels on anyone's servers) and its name. */
export interface EditorPage {
  hostId?: string;
  name: string;
}

/** What the popup says about the zone's host: who serves it, its DNS page, and a warning about the page open. */
export interface HostNotice {
  servedBy: Localized;
  dnsPage?: { url: string; label: Localized; inferred?: Localized };
  warning?: Localized;
}

/**
 * Pure, so every combination is tested: the sentence naming the host, a link to its DNS page
 * when one is known (only https: the address comes from data or from a Domain Connect answer),
 * saying so when the page's address is inferred; on another company's editor, a warning that
 * records added there will not be used; on an editor of unknown ownership, a request to make sure
 * it edits that host's zone.
 */
export function hostNotice(domain: string, host: DnsHost | null | undefined, editor?: EditorPage): HostNotice {
  const notice: HostNotice = { servedBy: dnsHostSentence(domain, host) };
  if (!host) return notice;
  if (host.dnsPage && isHttps(host.dnsPage)) {
    const inferred = host.id !== null && host.source !== 'domain-connect' && findHost(host.id)?.dnsPage?.source.evidence === 'I';
    notice.dnsPage = { url: host.dnsPage, label: say.openDnsPage(host.name), ...(inferred && { inferred: say.inferredPage() }) };
  }
  if (editor?.hostId === undefined) {
    if (editor) notice.warning = say.unknownEditor(host.name);
  } else if (editor.hostId !== host.id) {
    // The company, not its page's title ("Namecheap", not "Namecheap Advanced DNS").
    notice.warning = say.otherEditor(findHost(editor.hostId)?.name ?? editor.name, host.name);
  }
  return notice;
}

function isHttps(url: string): boolean {
  try {
    return new URL(url).protocol === 'https:';
  } catch {
    return false;
  }
}
