import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'GoDaddy',
  source: 'docs/registrar-pages.md (GoDaddy DNS management)',
  open: {
    en: 'Open your Domain Portfolio, pick the domain, then its DNS tab (Manage DNS).',
    fr: 'Ouvrez votre Domain Portfolio (portefeuille de domaines), choisissez le domaine, puis son onglet DNS (Manage DNS).',
  },
  add: {
    en: 'Click "Add New Record": a new row appears above the table. Pick the type first: the row is redrawn when the type changes. Name takes @ for the domain itself.',
    fr: 'Cliquez sur «\u00a0Add New Record\u00a0»\u00a0: une nouvelle ligne apparaît au-dessus du tableau. Choisissez d’abord le type\u00a0: la ligne est redessinée quand il change. Le nom @ désigne le domaine lui-même.',
  },
  save: {
    en: 'Click Save (it turns active once the fields are filled; with several new rows it reads "Save All Records").',
    fr: 'Cliquez sur Save (actif dès que les champs sont remplis\u202f; avec plusieurs nouvelles lignes, il devient «\u00a0Save All Records\u00a0»).',
  },
};
