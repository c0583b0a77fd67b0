import type { Localized } from '../i18n/lang.js';
import type { DnsRecord } from '../records/types.js';
import { formatRdata } from '../records/zone-file/format.js';
import type { FieldRole } from './editor-spec.js';

const show = (record: DnsRecord) => `${record.type} ${record.name} ${formatRdata(record)}`;

const ROLE_NAMES: Record<FieldRole | 'type' | 'ttl-mode', Localized> = {
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
};
export type FieldName = keyof typeof ROLE_NAMES;

/** Every sentence a run can say: which record, which field, what to do. */
export const fillMessages = {
  noEditor: (): Localized => ({
    en: 'No DNS record form was found on this page: open the DNS zone editor of your domain, then try again.',
    fr: 'Aucun formulaire d’enregistrement DNS sur cette page\u00a0: ouvrez l’éditeur de zone DNS de votre domaine, puis réessayez.',
  }),
  addFormMissing: (record: DnsRecord): Localized => ({
    en: `Could not open the add form for ${show(record)}: open it yourself (the site's "Add record" button), then fill in again.`,
    fr: `Impossible d’ouvrir le formulaire d’ajout pour ${show(record)}\u00a0: ouvrez-le vous-même (bouton «\u00a0Ajouter\u00a0» du site), puis relancez le remplissage.`,
  }),
  halfFilled: (record: DnsRecord, role: FieldName, value: string): Localized => ({
    en: `The form already holds "${value}" in its ${ROLE_NAMES[role].en} field, typed before this fill: save or clear that record yourself, then fill in ${show(record)} again. Nothing was changed.`,
    fr: `Le formulaire contient déjà «\u00a0${value}\u00a0» dans son champ ${ROLE_NAMES[role].fr}, saisi avant ce remplissage\u00a0: enregistrez ou videz cet enregistrement vous-même, puis relancez le remplissage de ${show(record)}. Rien n’a été modifié.`,
  }),
  typeNotChosen: (record: DnsRecord): Localized => ({
    en: `Could not choose the type ${record.type} in the site's form for ${show(record)}: choose it yourself, or fill the record by hand.`,
    fr: `Impossible de choisir le type ${record.type} dans le formulaire du site pour ${show(record)}\u00a0: choisissez-le vous-même, ou saisissez l’enregistrement à la main.`,
  }),
  fieldMissing: (record: DnsRecord, role: FieldName): Localized => ({
    en: `The ${ROLE_NAMES[role].en} field of the form was not found for ${show(record)}: the site may have changed. Fill this record by hand and report the page.`,
    fr: `Le champ ${ROLE_NAMES[role].fr} du formulaire est introuvable pour ${show(record)}\u00a0: le site a peut-être changé. Saisissez cet enregistrement à la main et signalez la page.`,
  }),
  apexOnlyForm: (record: DnsRecord): Localized => ({
    en: `This site's ${record.type} form has no name field: it adds ${record.type} records at the zone's apex only, so ${show(record)} cannot be filled in here. Add it by hand as the site's help explains. Nothing was changed.`,
    fr: `Le formulaire ${record.type} de ce site n’a pas de champ nom\u00a0: il n’ajoute des enregistrements ${record.type} qu’à la racine de la zone, ${show(record)} ne peut donc pas être rempli ici. Ajoutez-le à la main comme l’explique l’aide du site. Rien n’a été modifié.`,
  }),
  readBack: (record: DnsRecord, role: FieldName, wanted: string, found: string): Localized => ({
    en: `The ${ROLE_NAMES[role].en} field of ${show(record)} reads "${found}" instead of "${wanted}": the site did not take the value. Check the form before saving, or type it yourself.`,
    fr: `Le champ ${ROLE_NAMES[role].fr} de ${show(record)} affiche «\u00a0${found}\u00a0» au lieu de «\u00a0${wanted}\u00a0»\u00a0: le site n’a pas pris la valeur. Vérifiez le formulaire avant d’enregistrer, ou saisissez-la vous-même.`,
  }),
  unexpectedEdit: (record: DnsRecord, found: string): Localized => ({
    en: `The edit form shows "${found}", not the record ${show(record)} it should replace: nothing was changed. Close the form and try again.`,
    fr: `Le formulaire de modification affiche «\u00a0${found}\u00a0» et non l’enregistrement ${show(record)} à remplacer\u00a0: rien n’a été modifié. Fermez le formulaire et réessayez.`,
  }),
  noEditControl: (record: DnsRecord): Localized => ({
    en: `This site's rows cannot be edited by the assistant: edit ${show(record)} yourself and paste the merged value.`,
    fr: `L’assistant ne sait pas modifier les lignes de ce site\u00a0: modifiez ${show(record)} vous-même et collez la valeur fusionnée.`,
  }),
  pendingForm: (record: DnsRecord): Localized => ({
    en: `A record form is still open on the page (a record not confirmed yet): finish or close it yourself, then fill in ${show(record)} again. Nothing was changed.`,
    fr: `Un formulaire d’enregistrement est encore ouvert sur la page (un enregistrement pas encore validé)\u00a0: terminez-le ou fermez-le vous-même, puis relancez le remplissage de ${show(record)}. Rien n’a été modifié.`,
  }),
  notSaved: (record: DnsRecord): Localized => ({
    en: `The form of ${show(record)} closed, but the record does not show among the zone's records: it was not saved (cancelled?), so the fill stopped. Fill it in again, or add it by hand.`,
    fr: `Le formulaire de ${show(record)} s’est fermé, mais l’enregistrement n’apparaît pas dans la zone\u00a0: il n’a pas été enregistré (annulé\u202f?), le remplissage s’est donc arrêté. Relancez le remplissage, ou ajoutez-le à la main.`,
  }),
  notStaged: (record: DnsRecord): Localized => ({
    en: `${show(record)} was not added to the records waiting to be submitted after the site's add button was pressed, so the fill stopped. Check the form's message, then fill in again.`,
    fr: `${show(record)} n’a pas rejoint les enregistrements en attente de validation après l’appui sur le bouton d’ajout du site\u00a0: le remplissage s’est arrêté. Lisez le message du formulaire, puis relancez le remplissage.`,
  }),
  noStageButton: (record: DnsRecord): Localized => ({
    en: `The site's button that adds ${show(record)} to the records to submit was not found: the site may have changed. Add this record by hand and report the page.`,
    fr: `Le bouton du site qui ajoute ${show(record)} aux enregistrements à valider est introuvable\u00a0: le site a peut-être changé. Ajoutez cet enregistrement à la main et signalez la page.`,
  }),
  noSubmitButton: (count: number): Localized => ({
    en: `${count} record(s) are staged, but the site's button that submits them was not found: click it yourself (the changes are not saved until then).`,
    fr: `${count} enregistrement(s) en attente, mais le bouton du site qui les valide est introuvable\u00a0: cliquez dessus vous-même (rien n’est enregistré avant).`,
  }),
  filling: (record: DnsRecord, index: number, total: number): Localized => ({
    en: `Filling in record ${index} of ${total}: ${show(record)}.`,
    fr: `Remplissage de l’enregistrement ${index} sur ${total}\u00a0: ${show(record)}.`,
  }),
  awaitingSave: (record: DnsRecord, index: number, total: number): Localized => ({
    en: `Record ${index} of ${total} is filled in (${show(record)}): check it and click the site's Save button; the next one follows.`,
    fr: `L’enregistrement ${index} sur ${total} est rempli (${show(record)})\u00a0: vérifiez-le et cliquez sur le bouton Enregistrer du site\u202f; l’enregistrement suivant viendra ensuite.`,
  }),
  awaitingSubmit: (count: number): Localized => ({
    en: `${count} record(s) are staged: check them and click the site's button that submits the changes.`,
    fr: `${count} enregistrement(s) en attente\u00a0: vérifiez-les et cliquez sur le bouton du site qui valide les modifications.`,
  }),
  saved: (record: DnsRecord, index: number, total: number): Localized => ({
    en: `Record ${index} of ${total} saved: ${show(record)}.`,
    fr: `Enregistrement ${index} sur ${total} enregistré\u00a0: ${show(record)}.`,
  }),
  saveTimeout: (record: DnsRecord, minutes: number): Localized => ({
    en: `${show(record)} was not saved within ${minutes} minutes, so the fill stopped. Save it on the site, then fill in the rest again.`,
    fr: `${show(record)} n’a pas été enregistré dans les ${minutes} minutes\u00a0: le remplissage s’est arrêté. Enregistrez-le sur le site, puis relancez le remplissage du reste.`,
  }),
  done: (count: number): Localized => ({
    en: `Done: ${count} record(s) filled in and saved. The assistant checks the zone again over DNS.`,
    fr: `Terminé\u00a0: ${count} enregistrement(s) rempli(s) et enregistré(s). L’assistant vérifie à nouveau la zone par DNS.`,
  }),
  nothingToDo: (): Localized => ({
    en: 'Nothing to fill in: every record the plan can add is already on the page.',
    fr: 'Rien à remplir\u00a0: tous les enregistrements que le plan peut ajouter sont déjà sur la page.',
  }),
  busy: (): Localized => ({
    en: 'A fill is already running in this tab: finish it (or reload the page) first.',
    fr: 'Un remplissage est déjà en cours dans cet onglet\u00a0: terminez-le d’abord (ou rechargez la page).',
  }),
};
