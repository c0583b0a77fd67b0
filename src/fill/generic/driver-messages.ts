import { localized } from '../../i18n/format.js';
import { typeset } from '../../i18n/typeset.js';
import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/format.js';
import CONVENTION_WORDS from './convention-words.json';

const show = (record: DnsRecord) => `${record.type} ${record.name} ${formatRdata(record)}`;

/** The generic driver's own sentences (the engine's shared ones are in fill-messages.ts). */
export const driverMessages = {
  stepRefused: (record: DnsRecord, error: string): Localized => localized({
    en: 'The form refused {record}: "{error}". Nothing was saved: correct the field by hand and save, or close the form with its Cancel button and add the record by hand.',
    fr: 'Le formulaire a refusé {record} : « {error} ». Rien n’a été enregistré : corrigez le champ à la main et enregistrez, ou fermez le formulaire avec son bouton Annuler et ajoutez l’enregistrement à la main.',
  }, { record: show(record), error }),
  leftOpen: (): Localized => localized({
    en: 'The form is still open with what was typed so far, not saved: close it with its Cancel button.',
    fr: 'Le formulaire reste ouvert avec ce qui a été saisi, sans être enregistré : fermez-le avec son bouton Annuler.',
  }),
  awaitingPublish: (count: number, button: string): Localized => localized({
    en: {
      one: '{count} record waits among the page\'s pending changes: press its "{button}" button to publish it (nothing is live until then).',
      other: '{count} records wait among the page\'s pending changes: press its "{button}" button to publish them (nothing is live until then).',
    },
    fr: {
      one: '{count} enregistrement attend parmi les modifications en attente de la page : appuyez sur son bouton « {button} » pour le publier (rien n’est en ligne avant).',
      other: '{count} enregistrements attendent parmi les modifications en attente de la page : appuyez sur son bouton « {button} » pour les publier (rien n’est en ligne avant).',
    },
  }, { count, button }),
  notPublished: (count: number, button: string): Localized => localized({
    en: {
      one: '{count} record is still pending on the page: press its "{button}" button to publish it, then check again.',
      other: '{count} records are still pending on the page: press its "{button}" button to publish them, then check again.',
    },
    fr: {
      one: '{count} enregistrement est toujours en attente sur la page : appuyez sur son bouton « {button} » pour le publier, puis vérifiez à nouveau.',
      other: '{count} enregistrements sont toujours en attente sur la page : appuyez sur son bouton « {button} » pour les publier, puis vérifiez à nouveau.',
    },
  }, { count, button }),
  /** The conventions the driver read off the form, each part a sentence fragment of conventionWords. */
  conventionsRead: (parts: Localized): Localized => localized({
    en: 'Read from the form: {parts}.',
    fr: 'Lu dans le formulaire : {parts}.',
  }, { parts }),
};

/** The fragments of conventionsRead (each rendered by the toolkit, joined by commas). */
export const conventionWords = typeset(CONVENTION_WORDS);

/** A stop sentence followed by the note that the form is left open, unsaved. */
export function withFormLeftOpen(message: Localized): Localized {
  const note = driverMessages.leftOpen();
  return { en: `${message.en} ${note.en}`, fr: `${message.fr} ${note.fr}` };
}
