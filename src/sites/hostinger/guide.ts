import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Hostinger',
  source: 'docs/registrar-pages.md (Hostinger hPanel DNS)',
  open: {
    en: 'In hPanel, open Domains, pick the domain, then DNS / Nameservers.',
    fr: 'Dans hPanel, ouvrez Domaines, choisissez le domaine, puis DNS / Nameservers.',
  },
  add: {
    en: 'The form to add a record sits above the list: choose the type, then Name (@ for the domain), Points to and TTL.',
    fr: 'Le formulaire d’ajout est au-dessus de la liste : choisissez le type, puis remplissez « Name » (@ pour le domaine), « Points to » (la cible) et « TTL ».',
  },
  save: { en: 'Click "Add Record": the record joins the list at once.', fr: 'Cliquez sur « Add Record » : l’enregistrement rejoint la liste aussitôt.' },
};
