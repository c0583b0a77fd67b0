import { format } from '../i18n/format.js';
import type { Lang, Localized } from '../i18n/lang.js';
import type { PageInfo } from '../sites/types.js';

/**
 * What each page kind an adapter can report means to a customer, EN and FR: the UI never shows
 * the raw ids (`ovh-exchange-domains`); FR labels start in lowercase (they follow « Site : » or
 * sit in brackets). `ofDomain` is used when the page names its zone.
 * test/unit/popup/page-kind-labels.test.ts checks every kind the adapters return is here.
 */
interface PageKindLabel {
  label: Localized;
  ofDomain?: Localized;
}

export const PAGE_KIND_LABELS: Readonly<Record<string, PageKindLabel>> = {
  'dns-zone': { label: { en: 'DNS zone', fr: 'zone DNS' }, ofDomain: { en: 'DNS zone of {domain}', fr: 'zone DNS de {domain}' } },
  'dns-editor': { label: { en: 'DNS records', fr: 'enregistrements DNS' }, ofDomain: { en: 'DNS zone of {domain}', fr: 'zone DNS de {domain}' } },
  domain: { label: { en: 'Domain page (not its DNS zone)', fr: 'page du domaine (hors zone DNS)' }, ofDomain: { en: 'Page of {domain} (not its DNS zone)', fr: 'page de {domain} (hors zone DNS)' } },
  'domain-list': { label: { en: 'List of domains', fr: 'liste des domaines' } },
  'zone-list': { label: { en: 'List of DNS zones', fr: 'liste des zones DNS' } },
  unknown: { label: { en: 'Page without a DNS editor', fr: 'page sans éditeur DNS' } },
  'ovh-exchange-wizard': { label: { en: 'First-configuration wizard of the Exchange service', fr: 'assistant de première configuration du service Exchange' } },
  'ovh-exchange-general': { label: { en: 'General information of the Exchange service', fr: 'informations générales du service Exchange' } },
  'ovh-exchange-domains': { label: { en: 'Associated domains of the Exchange service', fr: 'domaines associés du service Exchange' } },
  'ovh-exchange-dkim': { label: { en: 'DKIM of the Exchange service', fr: 'DKIM du service Exchange' }, ofDomain: { en: 'DKIM of {domain} (Exchange service)', fr: 'DKIM de {domain} (service Exchange)' } },
  'ovh-exchange-accounts': { label: { en: 'E-mail accounts of the Exchange service', fr: 'comptes e-mail du service Exchange' } },
  'ovh-private-exchange-diagnostic': { label: { en: 'Server diagnostic of the Private Exchange service', fr: 'diagnostic du serveur Private Exchange' } },
  'ovh-email-pro-general': { label: { en: 'General information of the Email Pro service', fr: 'informations générales du service Email Pro' } },
  'ovh-email-pro-domains': { label: { en: 'Associated domains of the Email Pro service', fr: 'domaines associés du service Email Pro' } },
  'ovh-email-pro-dkim': { label: { en: 'DKIM of the Email Pro service', fr: 'DKIM du service Email Pro' }, ofDomain: { en: 'DKIM of {domain} (Email Pro service)', fr: 'DKIM de {domain} (service Email Pro)' } },
  'ovh-email-pro-accounts': { label: { en: 'E-mail accounts of the Email Pro service', fr: 'comptes e-mail du service Email Pro' } },
};

/** "DNS zone of example.com", "Associated domains of the Exchange service"; an unlisted kind reads as a page without editor. */
export function pageKindLabel(page: Pick<PageInfo, 'pageKind' | 'domain'>, lang: Lang): string {
  // Own keys only: the kind comes from a page, and `constructor` or `__proto__` must read as unknown.
  const entry = (Object.hasOwn(PAGE_KIND_LABELS, page.pageKind) && PAGE_KIND_LABELS[page.pageKind]) || PAGE_KIND_LABELS.unknown!;
  if (page.domain && entry.ofDomain) return format(lang, entry.ofDomain, { domain: page.domain });
  return format(lang, entry.label);
}
