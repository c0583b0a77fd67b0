import { cleanText, pasteGateProblem } from '../clean-text.js';
import { looksLikeBind, parseBindSnippet } from './bind.js';
import { looksLikeDeliveryEmail, parseDeliveryEmail } from './delivery-email.js';
import { looksLikePanelDiagnostic, parsePanelDiagnostic } from './diagnostic.js';
import { looksLikeM365Table, parseM365Table } from './m365-table.js';
import { type PasteResult, pasteRefused } from '../types.js';
import { localized } from '../../i18n/format.js';
import { nameKey } from '../../records/names/name-key.js';

/**
 * Pasted text → what it says, shown to the user before anything is used. The shapes are
 * tried from the most specific marker to the loosest; text that fits none gets a sentence
 * naming the shapes we read, never a guess.
 */
export function parsePaste(text: string, context: { domain?: string; service?: string } = {}): PasteResult {
  const gate = pasteGateProblem(text);
  if (gate) return pasteRefused(gate);
  const clean = cleanText(text);
  const domain = (context.domain && nameKey(context.domain.trim())) || undefined;
  const withDomain = domain ? { domain } : {};
  const withService = context.service ? { ...withDomain, service: context.service } : withDomain;
  if (looksLikeM365Table(clean)) return parseM365Table(clean, withDomain);
  // Prose may hold a line that starts like a record: zone-file reading wins only when it works.
  const bind = looksLikeBind(clean) ? parseBindSnippet(clean, withService) : undefined;
  if (bind?.ok) return bind;
  // Before the diagnostic: the e-mail's « Nom du serveur : … » line reads like the Connexion box.
  if (looksLikeDeliveryEmail(clean)) return parseDeliveryEmail(clean, withDomain);
  if (looksLikePanelDiagnostic(clean)) return parsePanelDiagnostic(clean, withService);
  if (bind) return bind;
  return pasteRefused(localized({
    en: 'This text is none of the shapes read here: the Private Exchange delivery e-mail, zone-file lines, the control panel diagnostic (CNAME pop-over, SRV wizard, Connection box, DKIM) or the Microsoft 365 record table. Nothing was used.',
    fr: 'Ce texte n’a aucune des formes lues ici : l’e-mail de livraison Private Exchange, des lignes de fichier de zone, le diagnostic de l’espace client (pop-over CNAME, assistant SRV, encadré Connexion, DKIM) ou le tableau des enregistrements Microsoft 365. Rien n’a été utilisé.',
  }));
}
