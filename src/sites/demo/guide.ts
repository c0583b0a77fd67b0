import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: { en: 'Demo DNS editor', fr: 'Éditeur DNS de démonstration' },
  source: 'demo/dns-editor.html',
  open: { en: 'The demo page is already the zone of its domain.', fr: 'La page de démonstration est déjà la zone de son domaine.' },
  add: { en: 'Use the form under the record table.', fr: 'Utilisez le formulaire sous le tableau des enregistrements.' },
  save: { en: 'Click the form\'s add button.', fr: 'Cliquez sur le bouton d’ajout du formulaire.' },
  addTarget: ['form button[type=submit]', 'form', { text: /^(add|ajouter)/i }],
  saveTarget: ['form button[type=submit]', { text: /^(add|ajouter|save|enregistrer)/i }],
};
