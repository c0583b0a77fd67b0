import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Gandi',
  source: 'docs/registrar-pages.md (Gandi DNS records, help page)',
  open: {
    en: 'Open the domain, then "DNS records" in the left menu (table view).',
    fr: 'Ouvrez le domaine, puis « Enregistrements DNS » dans le menu de gauche (vue table).',
  },
  add: {
    en: 'Click Add (top right): choose Type, TTL, Name (@ for the domain) and the value. Names are relative: a target outside your domain needs a final dot (ovh.com.).',
    fr: 'Cliquez sur « Ajouter » (en haut à droite) : remplissez Type, TTL, Nom (@ pour le domaine) et la valeur. Les noms sont relatifs : une cible hors de votre domaine demande un point final (ovh.com.).',
  },
  save: { en: 'Click Create to save the record.', fr: 'Cliquez sur « Créer » pour enregistrer.' },
};
