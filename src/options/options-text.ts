import { textTable } from '../i18n/format.js';
import { uiText } from '../ui/ui-text.js';

/**
 * The options page's words: its own (apart from the popup's table, so the popup never loads them),
 * and those it shares with the popup (title, copy…).
 */
export const optionsText = textTable({
  ...uiText.table,
  optionsTitle: { en: 'DNS Setup Assistant — Options', fr: 'Assistant de configuration DNS — Options' },
  resolversHeading: { en: 'DNS-over-HTTPS resolvers', fr: 'Résolveurs DNS-over-HTTPS' },
  resolversHint: { en: 'Every check asks all of them in parallel. Any RFC 8484 https:// endpoint works.', fr: 'Chaque vérification les interroge tous en parallèle. Tout point d’accès https:// RFC 8484 convient.' },
  resolverAdd: { en: 'Add resolver', fr: 'Ajouter le résolveur' },
  resolverUrl: { en: 'Resolver URL', fr: 'URL du résolveur' },
  resolverRemove: { en: 'Remove {url}', fr: 'Retirer {url}' },
  permissionAsked: { en: 'Allow access to {origin} in the browser’s prompt to add this resolver.', fr: 'Autorisez l’accès à {origin} dans la demande du navigateur pour ajouter ce résolveur.' },
  resolverDuplicate: { en: '{url} is already in the list.', fr: '{url} est déjà dans la liste.' },
  permissionDenied: { en: 'The browser did not allow access to {origin}; the resolver was not added.', fr: 'Le navigateur n’a pas autorisé l’accès à {origin} ; le résolveur n’a pas été ajouté.' },
  ttlLabel: { en: 'Default TTL in zone exports (seconds)', fr: 'TTL par défaut des exports de zone (secondes)' },
  languageLabel: { en: 'Language', fr: 'Langue' },
  languageAuto: { en: 'Same as the browser', fr: 'Celle du navigateur' },
  saved: { en: 'Saved.', fr: 'Enregistré.' },
  save: { en: 'Save', fr: 'Enregistrer' },
  generalHeading: { en: 'Exports and language', fr: 'Exports et langue' },
  templatesHeading: { en: 'Domain Connect templates', fr: 'Modèles Domain Connect' },
  templatesHint: {
    en: 'Import a service’s Domain Connect template (its providerId.serviceId.json file): the popup then offers it like a built-in service.',
    fr: 'Importez le modèle Domain Connect d’un service (son fichier providerId.serviceId.json) : la fenêtre de l’extension le propose ensuite comme un service intégré.',
  },
  templateFile: { en: 'Template file (.json)', fr: 'Fichier de modèle (.json)' },
  templatesNone: { en: 'No template imported.', fr: 'Aucun modèle importé.' },
  templateRemove: { en: 'Remove {name}', fr: 'Retirer {name}' },
  templateImported: { en: 'Imported {name} ({id}).', fr: '{name} ({id}) importé.' },
  templateRemoved: { en: 'Removed {name}.', fr: '{name} retiré.' },
});
