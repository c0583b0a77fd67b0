import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Namecheap',
  source: 'docs/registrar-pages.md (Namecheap Advanced DNS); MX under Mail Settings › Custom MX (Microsoft 365 guide for Namecheap)',
  open: {
    en: 'In Domain List, click Manage beside the domain, then the Advanced DNS tab.',
    fr: 'Dans Domain List, cliquez sur Manage à côté du domaine, puis sur l’onglet Advanced DNS.',
  },
  // MX records are not host records at Namecheap: they go under Mail Settings set to "Custom MX"
  // (Microsoft's public guide for Namecheap, and Namecheap's own drop-down of that name).
  add: {
    en: 'Under Host records, click "Add New Record": a row appears. Pick the type ("A Record", "CNAME Record", "TXT Record"…), then Host (@ for the domain) and Value. MX records go elsewhere: further down the same tab, set the Mail Settings drop-down to "Custom MX" and add them there.',
    fr: 'Sous « Host records », cliquez sur « Add New Record » : une ligne apparaît. Choisissez le type (« A Record », « CNAME Record », « TXT Record »…), puis remplissez Host (@ pour le domaine) et Value. Les MX se saisissent ailleurs : plus bas dans le même onglet, réglez la liste déroulante Mail Settings sur « Custom MX » et ajoutez-les là.',
  },
  save: {
    en: 'Click the green check mark at the end of the row, or "Save All Changes" for every new row.',
    fr: 'Cliquez sur la coche verte au bout de la ligne, ou sur « Save All Changes » pour toutes les nouvelles lignes.',
  },
};
