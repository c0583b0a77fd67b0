import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Porkbun',
  source: 'docs/registrar-pages.md (Porkbun DNS)',
  open: {
    en: 'In Domain Management, open the domain\'s details and click DNS.',
    fr: 'Dans Domain Management, ouvrez les détails du domaine et cliquez sur DNS.',
  },
  add: {
    en: 'Fill in Type, Host (leave it empty for the domain itself), Answer and TTL. For TXT, the Answer becomes a larger text box.',
    fr: 'Remplissez Type, Host (vide pour le domaine lui-même), Answer (la valeur) et TTL. Pour un TXT, le champ Answer devient une grande zone de texte.',
  },
  save: {
    en: '"Add Record" only puts the record in a waiting list; click "Submit Records" to write them to the zone.',
    fr: '« Add Record » ne fait que mettre l’enregistrement en attente ; cliquez sur « Submit Records » pour les écrire dans la zone.',
  },
};
