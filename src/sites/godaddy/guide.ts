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
    fr: 'Cliquez sur « Add New Record » : une nouvelle ligne apparaît au-dessus du tableau. Choisissez d’abord le type : la ligne est redessinée quand il change. Le nom @ désigne le domaine lui-même.',
  },
  save: {
    en: 'Click Save (it turns active once the fields are filled; with several new rows it reads "Save All Records").',
    fr: 'Cliquez sur Save (actif dès que les champs sont remplis ; avec plusieurs nouvelles lignes, il devient « Save All Records »).',
  },
};
