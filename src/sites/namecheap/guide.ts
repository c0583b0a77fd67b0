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
    fr: 'Sous Host records, cliquez sur «\u00a0Add New Record\u00a0»\u00a0: une ligne apparaît. Choisissez le type («\u00a0A Record\u00a0», «\u00a0CNAME Record\u00a0», «\u00a0TXT Record\u00a0»…), puis remplissez Host (@ pour le domaine) et Value. Les MX se saisissent ailleurs\u00a0: plus bas dans le même onglet, réglez la liste déroulante Mail Settings sur «\u00a0Custom MX\u00a0» et ajoutez-les là.',
  },
  save: {
    en: 'Click the green check mark at the end of the row, or "Save All Changes" for every new row.',
    fr: 'Cliquez sur la coche verte au bout de la ligne, ou sur «\u00a0Save All Changes\u00a0» pour toutes les nouvelles lignes.',
  },
};
