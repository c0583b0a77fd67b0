import type { Localized } from '../../i18n/lang.js';
import { localized } from '../../i18n/format.js';

/** The SPF row's own sentences, EN and FR side by side (the others are in check-messages.ts). */
export const checkSpfMessages = {
  /** Issue 11's status table: an SPF name could not be read, and what was counted stays within the limit. */
  unverified: (count: number, limit: number): Localized => localized({
    en: `Could not verify this SPF record completely: the {count} DNS lookups counted so far are within the limit of {limit}, but a name it depends on could not be read. Check again later.`,
    fr: `Impossible de vérifier complètement cet enregistrement SPF : les {count} requêtes DNS comptées jusqu’ici restent dans la limite de {limit}, mais un nom dont il dépend n’a pas pu être lu. Vérifiez de nouveau plus tard.`,
  }, { count, limit }),
};
