import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: { en: 'your DNS host', fr: 'votre hébergeur DNS' },
  source: 'docs/registrar-pages.md (generic form filler)',
  open: {
    en: 'At the company that hosts the domain\'s DNS, find the page listing the zone\'s records (often "DNS", "DNS zone", "DNS records" or "Advanced DNS").',
    fr: 'Chez la société qui héberge le DNS du domaine, trouvez la page qui liste les enregistrements de la zone (souvent « DNS », « Zone DNS », « Enregistrements DNS » ou « DNS avancé »).',
  },
  add: {
    en: 'Open the form that adds a record. It usually asks for a type, a name or host (@ or empty for the domain itself), a value or target, and a TTL.',
    fr: 'Ouvrez le formulaire d’ajout d’un enregistrement. Il demande en général un type, un nom ou hôte (@ ou vide pour le domaine lui-même), une valeur ou cible, et un TTL.',
  },
  save: { en: 'Save the record with the page\'s own button.', fr: 'Enregistrez avec le bouton de la page.' },
  addTarget: [{ text: /^(\+\s*)?(add( a| new)? record|add( an)? entry|ajouter( un enregistrement| une entrée)?)$/i }],
  saveTarget: [{ text: /^(save|enregistrer|valider|confirmer|ok)$/i }],
};
