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
    fr: 'Cliquez sur « Ajouter un enregistrement », choisissez le type, puis remplissez la partie nom de domaine et la valeur.',
  },
  save: {
    en: 'Click OK; if Plesk then shows "Update", click it to apply the changes to the zone.',
    fr: 'Cliquez sur OK ; si Plesk affiche ensuite « Mettre à jour », cliquez dessus pour appliquer les modifications à la zone.',
  },
};
