import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Plesk',
  source: 'docs/registrar-pages.md (Plesk DNS settings)',
  open: {
    en: 'Open Websites & Domains, pick the domain, then DNS Settings.',
    fr: 'Ouvrez Sites Web & Domaines, choisissez le domaine, puis Paramètres DNS.',
  },
  add: {
    en: 'Click "Add Record", choose the record type, then the domain name part and the value.',
    fr: 'Cliquez sur «\u00a0Ajouter un enregistrement\u00a0», choisissez le type, puis remplissez la partie nom de domaine et la valeur.',
  },
  save: {
    en: 'Click OK; if Plesk then shows "Update", click it to apply the changes to the zone.',
    fr: 'Cliquez sur OK\u202f; si Plesk affiche ensuite «\u00a0Mettre à jour\u00a0», cliquez dessus pour appliquer les modifications à la zone.',
  },
};
