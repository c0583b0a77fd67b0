import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { formatRdata, formatRecordLine } from '../records/zone-file/format.js';
import type { DnsRecord } from '../records/types.js';

const show = (record: DnsRecord) => `${record.type} ${formatRdata(record)}`;

/** The plan's sentences: each says what the filler will not do and what the user can do. */
export const planMessages = {
  unsupported: (record: DnsRecord, zone: string): Localized => localized({
    en: `This site's form cannot take {type} records: add it by hand in the site's DNS editor (or ask its support), as this zone-file line: {line}`,
    fr: `Le formulaire de ce site n’accepte pas les enregistrements {type} : ajoutez-le à la main dans l’éditeur DNS du site (ou demandez à son support), d’après cette ligne de zone : {line}`,
  }, { type: record.type, line: formatRecordLine(record, { origin: zone }) }),
  spf: (existing: DnsRecord, merged: string): Localized => localized({
    en: `{name} already has an SPF record ("{value}"); a second one would break SPF. Replace it by the merged record "{merged}" (choose "replace the SPF record" for this run, or edit it yourself).`,
    fr: `{name} a déjà un enregistrement SPF (« {value} ») ; un second casserait le SPF. Remplacez-le par l’enregistrement fusionné « {merged} » (cochez « Remplacer l’enregistrement SPF existant… » pour ce remplissage, ou modifiez-le vous-même).`,
  }, { name: existing.name, value: existing.value, merged }),
  twoSpf: (name: string, merged: string): Localized => localized({
    en: `{name} has several SPF records, so receivers ignore them all. Keep one record, "{merged}", and delete the others on the site: the filler never deletes records.`,
    fr: `{name} a plusieurs enregistrements SPF : les destinataires les ignorent tous. Gardez-en un seul, « {merged} », et supprimez les autres sur le site : l’assistant ne supprime jamais d’enregistrement.`,
  }, { name, merged }),
  differentValue: (desired: DnsRecord, existing: DnsRecord[], added: boolean): Localized => localized({
    en: `{name} already has {found} where the service needs {wanted}. {next}`,
    fr: `{name} a déjà {found} alors que le service demande {wanted}. {next}`,
  }, {
    name: desired.name,
    found: existing.map(show).join(', '),
    wanted: show(desired),
    next: added
      ? localized({ en: 'The record will be added beside it; delete the old one on the site if it is no longer used.', fr: 'L’enregistrement sera ajouté à côté ; supprimez l’ancien sur le site s’il ne sert plus.' })
      : localized({ en: 'The filler does not change existing records: edit it on the site.', fr: 'L’assistant ne modifie pas les enregistrements existants : modifiez-le sur le site.' }),
  }),
  aliasOverRecords: (desired: DnsRecord, existing: DnsRecord[]): Localized => localized({
    en: `{name} already holds {found}, and an alias (CNAME to {target}) can share its name with no other record. Delete those records on the site first if the service may replace them, or set the service up at another name.`,
    fr: `{name} porte déjà {found}, et un alias (CNAME vers {target}) ne peut partager son nom avec aucun autre enregistrement. Supprimez d’abord ces enregistrements sur le site si le service peut les remplacer, ou configurez le service sous un autre nom.`,
  }, { name: desired.name, target: desired.value, found: existing.map(show).join(', ') }),
  otherFamily: (desired: DnsRecord, existing: DnsRecord[]): Localized => localized({
    en: `{name} also has {found}: visitors whose connection uses that address family would reach another server than {wanted}. The record will be added; delete the old address on the site if it is not the service's.`,
    fr: `{name} a aussi {found} : les visiteurs dont la connexion utilise cette famille d’adresses atteindraient un autre serveur que {wanted}. L’enregistrement sera ajouté ; supprimez l’ancienne adresse sur le site si elle n’est pas celle du service.`,
  }, { name: desired.name, found: existing.map(show).join(', '), wanted: show(desired) }),
  alias: (name: string, target: string): Localized => localized({
    en: `{name} is an alias (CNAME to {target}): it can hold no other record. Delete or change that CNAME on the site first.`,
    fr: `{name} est un alias (CNAME vers {target}) : il ne peut porter aucun autre enregistrement. Supprimez ou modifiez d’abord ce CNAME sur le site.`,
  }, { name, target }),
};
