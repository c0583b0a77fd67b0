import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { typeset } from '../i18n/typeset.js';
import type { DnsRecord } from '../records/types.js';
import { formatRdata } from '../records/zone-file/format.js';
import type { FieldRole } from './editor-spec.js';

const show = (record: DnsRecord) => `${record.type} ${record.name} ${formatRdata(record)}`;
// « 2 sur 5 » is a position, not a quantity: given as text, format() does not bind it to the next word.
const position = (index: number, total: number) => ({ index: String(index), total: String(total) });

const ROLE_NAMES: Record<FieldRole | 'type' | 'ttl-mode', Localized> = typeset({
  type: { en: 'type', fr: 'type' },
  host: { en: 'host (name)', fr: 'sous-domaine (nom)' },
  value: { en: 'value (target)', fr: 'valeur (cible)' },
  target: { en: 'target', fr: 'cible' },
  ttl: { en: 'TTL', fr: 'TTL' },
  'ttl-mode': { en: 'TTL choice', fr: 'choix du TTL' },
  priority: { en: 'priority', fr: 'priorité' },
  weight: { en: 'weight', fr: 'poids' },
  port: { en: 'port', fr: 'port' },
  service: { en: 'service', fr: 'service' },
  protocol: { en: 'protocol', fr: 'protocole' },
});
export type FieldName = keyof typeof ROLE_NAMES;

/** Every sentence a run can say: which record, which field, what to do. */
export const fillMessages = {
  noEditor: (): Localized => localized({
    en: 'No DNS record form was found on this page: open the DNS zone editor of your domain, then try again.',
    fr: 'Aucun formulaire d’enregistrement DNS sur cette page : ouvrez l’éditeur de zone DNS de votre domaine, puis réessayez.',
  }),
  addFormMissing: (record: DnsRecord): Localized => localized({
    en: `Could not open the add form for {record}: open it yourself (the site's "Add record" button), then fill in again.`,
    fr: `Impossible d’ouvrir le formulaire d’ajout pour {record} : ouvrez-le vous-même (bouton « Ajouter » du site), puis relancez le remplissage.`,
  }, { record: show(record) }),
  halfFilled: (record: DnsRecord, role: FieldName, value: string): Localized => localized({
    en: `The form already holds "{value}" in its {field} field, typed before this fill: save or clear that record yourself, then fill in {record} again. Nothing was changed.`,
    fr: `Le formulaire contient déjà « {value} » dans son champ {field}, saisi avant ce remplissage : enregistrez ou videz cet enregistrement vous-même, puis relancez le remplissage de {record}. Rien n’a été modifié.`,
  }, { value, field: ROLE_NAMES[role], record: show(record) }),
  typeNotChosen: (record: DnsRecord): Localized => localized({
    en: `Could not choose the type {type} in the site's form for {record}: choose it yourself, or fill the record by hand.`,
    fr: `Impossible de choisir le type {type} dans le formulaire du site pour {record} : choisissez-le vous-même, ou saisissez l’enregistrement à la main.`,
  }, { type: record.type, record: show(record) }),
  fieldMissing: (record: DnsRecord, role: FieldName): Localized => localized({
    en: `The {field} field of the form was not found for {record}: the site may have changed. Fill this record by hand and report the page.`,
    fr: `Le champ {field} du formulaire est introuvable pour {record} : le site a peut-être changé. Saisissez cet enregistrement à la main et signalez la page.`,
  }, { field: ROLE_NAMES[role], record: show(record) }),
  apexOnlyForm: (record: DnsRecord): Localized => localized({
    en: `This site's {type} form has no name field: it adds {type} records at the zone's apex only, so {record} cannot be filled in here. Add it by hand as the site's help explains. Nothing was changed.`,
    fr: `Le formulaire {type} de ce site n’a pas de champ nom : il n’ajoute des enregistrements {type} qu’à la racine de la zone, {record} ne peut donc pas être rempli ici. Ajoutez-le à la main comme l’explique l’aide du site. Rien n’a été modifié.`,
  }, { type: record.type, record: show(record) }),
  readBack: (record: DnsRecord, role: FieldName, wanted: string, found: string): Localized => localized({
    en: `The {field} field of {record} reads "{found}" instead of "{wanted}": the site did not take the value. Check the form before saving, or type it yourself.`,
    fr: `Le champ {field} de {record} affiche « {found} » au lieu de « {wanted} » : le site n’a pas pris la valeur. Vérifiez le formulaire avant d’enregistrer, ou saisissez-la vous-même.`,
  }, { field: ROLE_NAMES[role], record: show(record), found, wanted }),
  unexpectedEdit: (record: DnsRecord, found: string): Localized => localized({
    en: `The edit form shows "{found}", not the record {record} it should replace: nothing was changed. Close the form and try again.`,
    fr: `Le formulaire de modification affiche « {found} » et non l’enregistrement {record} à remplacer : rien n’a été modifié. Fermez le formulaire et réessayez.`,
  }, { found, record: show(record) }),
  noEditControl: (record: DnsRecord): Localized => localized({
    en: `This site's rows cannot be edited by the assistant: edit {record} yourself and paste the merged value.`,
    fr: `L’assistant ne sait pas modifier les lignes de ce site : modifiez {record} vous-même et collez la valeur fusionnée.`,
  }, { record: show(record) }),
  pendingForm: (record: DnsRecord): Localized => localized({
    en: `A record form is still open on the page (a record not confirmed yet): finish or close it yourself, then fill in {record} again. Nothing was changed.`,
    fr: `Un formulaire d’enregistrement est encore ouvert sur la page (un enregistrement pas encore validé) : terminez-le ou fermez-le vous-même, puis relancez le remplissage de {record}. Rien n’a été modifié.`,
  }, { record: show(record) }),
  notSaved: (record: DnsRecord): Localized => localized({
    en: `The form of {record} closed, but the record does not show among the zone's records: it was not saved (cancelled?), so the fill stopped. Fill it in again, or add it by hand.`,
    fr: `Le formulaire de {record} s’est fermé, mais l’enregistrement n’apparaît pas dans la zone : il n’a pas été enregistré (annulé ?), le remplissage s’est donc arrêté. Relancez le remplissage, ou ajoutez-le à la main.`,
  }, { record: show(record) }),
  notStaged: (record: DnsRecord): Localized => localized({
    en: `{record} was not added to the records waiting to be submitted after the site's add button was pressed, so the fill stopped. Check the form's message, then fill in again.`,
    fr: `{record} n’a pas rejoint les enregistrements en attente de validation après l’appui sur le bouton d’ajout du site : le remplissage s’est arrêté. Lisez le message du formulaire, puis relancez le remplissage.`,
  }, { record: show(record) }),
  noStageButton: (record: DnsRecord): Localized => localized({
    en: `The site's button that adds {record} to the records to submit was not found: the site may have changed. Add this record by hand and report the page.`,
    fr: `Le bouton du site qui ajoute {record} aux enregistrements à valider est introuvable : le site a peut-être changé. Ajoutez cet enregistrement à la main et signalez la page.`,
  }, { record: show(record) }),
  noSubmitButton: (count: number): Localized => localized({
    en: {
      one: `{count} record is staged, but the site's button that submits it was not found: click it yourself (the change is not saved until then).`,
      other: `{count} records are staged, but the site's button that submits them was not found: click it yourself (the changes are not saved until then).`,
    },
    fr: {
      one: `{count} enregistrement en attente, mais le bouton du site qui le valide est introuvable : cliquez dessus vous-même (rien n’est enregistré avant).`,
      other: `{count} enregistrements en attente, mais le bouton du site qui les valide est introuvable : cliquez dessus vous-même (rien n’est enregistré avant).`,
    },
  }, { count }),
  filling: (record: DnsRecord, index: number, total: number): Localized => localized({
    en: `Filling in record {index} of {total}: {record}.`,
    fr: `Remplissage de l’enregistrement {index} sur {total} : {record}.`,
  }, { ...position(index, total), record: show(record) }),
  awaitingSave: (record: DnsRecord, index: number, total: number): Localized => localized({
    en: `Record {index} of {total} is filled in ({record}): check it and click the site's Save button; the next one follows.`,
    fr: `L’enregistrement {index} sur {total} est rempli ({record}) : vérifiez-le et cliquez sur le bouton Enregistrer du site ; l’enregistrement suivant viendra ensuite.`,
  }, { ...position(index, total), record: show(record) }),
  awaitingSubmit: (count: number): Localized => localized({
    en: {
      one: `{count} record is staged: check it and click the site's button that submits the change.`,
      other: `{count} records are staged: check them and click the site's button that submits the changes.`,
    },
    fr: {
      one: `{count} enregistrement en attente : vérifiez-le et cliquez sur le bouton du site qui valide la modification.`,
      other: `{count} enregistrements en attente : vérifiez-les et cliquez sur le bouton du site qui valide les modifications.`,
    },
  }, { count }),
  saved: (record: DnsRecord, index: number, total: number): Localized => localized({
    en: `Record {index} of {total} saved: {record}.`,
    fr: `Enregistrement {index} sur {total} enregistré : {record}.`,
  }, { ...position(index, total), record: show(record) }),
  saveTimeout: (record: DnsRecord, minutes: number): Localized => localized({
    en: `{record} was not saved within {minutes} minutes, so the fill stopped. Save it on the site, then fill in the rest again.`,
    fr: `{record} n’a pas été enregistré dans les {minutes} minutes : le remplissage s’est arrêté. Enregistrez-le sur le site, puis relancez le remplissage du reste.`,
  }, { record: show(record), minutes }),
  done: (count: number): Localized => localized({
    en: `Done: {records} filled in and saved. The assistant checks the zone again over DNS.`,
    fr: `Terminé : {records}. L’assistant vérifie à nouveau la zone par DNS.`,
  }, {
    records: localized({
      en: { one: '{count} record', other: '{count} records' },
      fr: { one: '{count} enregistrement rempli et enregistré', other: '{count} enregistrements remplis et enregistrés' },
    }, { count }),
  }),
  nothingToDo: (): Localized => localized({
    en: 'Nothing to fill in: every record the plan can add is already on the page.',
    fr: 'Rien à remplir : tous les enregistrements que le plan peut ajouter sont déjà sur la page.',
  }),
  busy: (): Localized => localized({
    en: 'A fill is already running in this tab: finish it (or reload the page) first.',
    fr: 'Un remplissage est déjà en cours dans cet onglet : terminez-le d’abord (ou rechargez la page).',
  }),
};
