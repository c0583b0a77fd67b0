import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'IONOS',
  source: 'docs/registrar-pages.md (IONOS DNS, help pages)',
  open: {
    en: 'Open Domains & SSL, then the gear beside the domain, then DNS.',
    fr: 'Ouvrez Domaines & SSL, puis la roue dentée à côté du domaine, puis DNS.',
  },
  add: {
    en: 'Click "Add record", choose the type, then Host name (@ for the domain), Points to and TTL.',
    fr: 'Cliquez sur « Ajouter un enregistrement », choisissez le type, puis remplissez Nom d’hôte (@ pour le domaine), Pointe vers et TTL.',
  },
  save: { en: 'Click Save.', fr: 'Cliquez sur Enregistrer.' },
};
