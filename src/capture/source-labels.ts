import type { Localized } from '../i18n/lang.js';
import { typeset } from '../i18n/typeset.js';
import type { CaptureSource } from './types.js';

/** How the UI says where a value came from (shown beside the value). */
export const CAPTURE_SOURCE_LABELS: Record<CaptureSource, Localized> = typeset({
  'panel-domains-table': {
    en: "read from the control panel's Associated domains table",
    fr: 'lu dans le tableau Domaines associés de l’espace client',
  },
  'panel-cname-popover': {
    en: "read from the control panel's CNAME diagnostic",
    fr: 'lu dans le diagnostic CNAME de l’espace client',
  },
  'panel-srv-wizard': { en: "read from the control panel's SRV wizard", fr: 'lu dans l’assistant SRV de l’espace client' },
  'panel-dns-values': {
    en: "read from the control panel's DNS values window",
    fr: 'lu dans la fenêtre des valeurs DNS de l’espace client',
  },
  'panel-connection-box': {
    en: "read from the control panel's Connection box (General information)",
    fr: 'lu dans l’encadré Connexion de l’espace client (Informations générales)',
  },
  'panel-dkim': { en: "read from the control panel's DKIM settings", fr: 'lu dans les réglages DKIM de l’espace client' },
  'panel-server-diagnostic': {
    en: "read from the control panel's server diagnostic",
    fr: 'lu dans le diagnostic serveur de l’espace client',
  },
  'panel-offer': { en: "read from the control panel's offer name", fr: 'lu dans le nom de l’offre de l’espace client' },
  'pasted-delivery-email': { en: 'pasted (delivery e-mail)', fr: 'collé (e-mail de livraison)' },
  'pasted-bind': { en: 'pasted (zone-file lines)', fr: 'collé (lignes de fichier de zone)' },
  'pasted-diagnostic': { en: "pasted (control panel's diagnostic text)", fr: 'collé (texte du diagnostic de l’espace client)' },
  'pasted-m365-table': { en: 'pasted (Microsoft 365 record table)', fr: 'collé (tableau des enregistrements Microsoft 365)' },
});
