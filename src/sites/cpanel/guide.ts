import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'cPanel',
  source: 'docs/registrar-pages.md (cPanel Zone Editor)',
  open: {
    en: 'In cPanel, open Domains › Zone Editor, then Manage beside the domain.',
    fr: 'Dans cPanel, ouvrez Domaines › Zone Editor (Éditeur de zone), puis Manage (Gérer) à côté du domaine.',
  },
  add: {
    en: 'Click "Add Record": a row opens at the top. Names may be typed in full (mail.example.com.).',
    fr: 'Cliquez sur « Add Record » (Ajouter un enregistrement) : une ligne s’ouvre en haut. Les noms peuvent être tapés en entier (mail.example.com.).',
  },
  save: { en: 'Click "Save Record" at the end of the row.', fr: 'Cliquez sur « Save Record » (Enregistrer) au bout de la ligne.' },
};
