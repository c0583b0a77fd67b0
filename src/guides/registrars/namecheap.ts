import { registrarGuide } from '../registrar-guide.js';

export const namecheapGuide = registrarGuide({
  adapterId: 'namecheap',
  site: 'Namecheap',
  source: 'docs/registrar-pages.md (Namecheap Advanced DNS)',
  open: {
    en: 'In Domain List, click Manage beside the domain, then the Advanced DNS tab.',
    fr: 'Dans Domain List, cliquez sur Manage à côté du domaine, puis sur l\'onglet Advanced DNS.',
  },
  add: {
    en: 'Under Host records, click "Add New Record": a row appears. Pick the type ("A Record", "CNAME Record", "MX Record"…), then Host (@ for the domain) and Value.',
    fr: 'Sous Host records, cliquez sur « Add New Record » : une ligne apparaît. Choisissez le type (« A Record », « CNAME Record », « MX Record »…), puis Host (@ pour le domaine) et Value.',
  },
  save: {
    en: 'Click the green check mark at the end of the row, or "Save All Changes" for every new row.',
    fr: 'Cliquez sur la coche verte au bout de la ligne, ou sur « Save All Changes » pour toutes les nouvelles lignes.',
  },
});
