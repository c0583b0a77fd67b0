import type { Localized } from '../i18n/lang.js';
import { formatRdata, formatRecordLine } from '../records/zone-file/format.js';
import type { DnsRecord } from '../records/types.js';

const show = (record: DnsRecord) => `${record.type} ${formatRdata(record)}`;

/** The plan's sentences: each says what the filler will not do and what the user can do. */
export const planMessages = {
  unsupported: (record: DnsRecord, zone: string): Localized => ({
    en: `This site's form cannot take ${record.type} records: add it by hand in the site's DNS editor (or ask its support), as this zone-file line: ${formatRecordLine(record, { origin: zone })}`,
    fr: `Le formulaire de ce site n’accepte pas les enregistrements ${record.type}\u00a0: ajoutez-le à la main dans l’éditeur DNS du site (ou demandez à son support), d’après cette ligne de zone\u00a0: ${formatRecordLine(record, { origin: zone })}`,
  }),
  spf: (existing: DnsRecord, merged: string): Localized => ({
    en: `${existing.name} already has an SPF record ("${existing.value}"); a second one would break SPF. Replace it by the merged record "${merged}" (choose "replace the SPF record" for this run, or edit it yourself).`,
    fr: `${existing.name} a déjà un enregistrement SPF («\u00a0${existing.value}\u00a0»)\u202f; un second casserait le SPF. Remplacez-le par l’enregistrement fusionné «\u00a0${merged}\u00a0» (cochez «\u00a0Remplacer l’enregistrement SPF existant…\u00a0» pour ce remplissage, ou modifiez-le vous-même).`,
  }),
  twoSpf: (name: string, merged: string): Localized => ({
    en: `${name} has several SPF records, so receivers ignore them all. Keep one record, "${merged}", and delete the others on the site: the filler never deletes records.`,
    fr: `${name} a plusieurs enregistrements SPF\u00a0: les destinataires les ignorent tous. Gardez-en un seul, «\u00a0${merged}\u00a0», et supprimez les autres sur le site\u00a0: l’assistant ne supprime jamais d’enregistrement.`,
  }),
  differentValue: (desired: DnsRecord, existing: DnsRecord[], added: boolean): Localized => ({
    en: `${desired.name} already has ${existing.map(show).join(', ')} where the service needs ${show(desired)}. ${added ? 'The record will be added beside it; delete the old one on the site if it is no longer used.' : 'The filler does not change existing records: edit it on the site.'}`,
    fr: `${desired.name} a déjà ${existing.map(show).join(', ')} alors que le service demande ${show(desired)}. ${added ? 'L’enregistrement sera ajouté à côté\u202f; supprimez l’ancien sur le site s’il ne sert plus.' : 'L’assistant ne modifie pas les enregistrements existants\u00a0: modifiez-le sur le site.'}`,
  }),
  alias: (name: string, target: string): Localized => ({
    en: `${name} is an alias (CNAME to ${target}): it can hold no other record. Delete or change that CNAME on the site first.`,
    fr: `${name} est un alias (CNAME vers ${target})\u00a0: il ne peut porter aucun autre enregistrement. Supprimez ou modifiez d’abord ce CNAME sur le site.`,
  }),
};
