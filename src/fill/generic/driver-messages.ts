import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/format.js';

const show = (record: DnsRecord) => `${record.type} ${record.name} ${formatRdata(record)}`;

/** The generic driver's own sentences (the engine's shared ones are in fill-messages.ts). */
export const driverMessages = {
  stepRefused: (record: DnsRecord, error: string): Localized => ({
    en: `The form refused ${show(record)}: "${error}". Nothing was saved: correct the field by hand and save, or close the form with its Cancel button and add the record by hand.`,
    fr: `Le formulaire a refusé ${show(record)}\u00a0: «\u00a0${error}\u00a0». Rien n’a été enregistré\u00a0: corrigez le champ à la main et enregistrez, ou fermez le formulaire avec son bouton Annuler et ajoutez l’enregistrement à la main.`,
  }),
  leftOpen: (): Localized => ({
    en: 'The form is still open with what was typed so far, not saved: close it with its Cancel button.',
    fr: 'Le formulaire reste ouvert avec ce qui a été saisi, sans être enregistré\u00a0: fermez-le avec son bouton Annuler.',
  }),
  awaitingPublish: (count: number, button: string): Localized => ({
    en: `${count} record(s) wait among the page's pending changes: press its "${button}" button to publish them (nothing is live until then).`,
    fr: `${count} enregistrement(s) attendent parmi les modifications en attente de la page\u00a0: appuyez sur son bouton «\u00a0${button}\u00a0» pour les publier (rien n’est en ligne avant).`,
  }),
  notPublished: (count: number, button: string): Localized => ({
    en: `${count} record(s) are still pending on the page: press its "${button}" button to publish them, then check again.`,
    fr: `${count} enregistrement(s) sont toujours en attente sur la page\u00a0: appuyez sur son bouton «\u00a0${button}\u00a0» pour les publier, puis vérifiez à nouveau.`,
  }),
};

/** A stop sentence followed by the note that the form is left open, unsaved. */
export function withFormLeftOpen(message: Localized): Localized {
  const note = driverMessages.leftOpen();
  return { en: `${message.en} ${note.en}`, fr: `${message.fr} ${note.fr}` };
}
