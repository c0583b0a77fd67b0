import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'Cloudflare',
  source: 'docs/registrar-pages.md (Cloudflare DNS records)',
  open: {
    en: 'In the dashboard, pick the account and the domain, then DNS › Records.',
    fr: 'Dans le tableau de bord, choisissez le compte et le domaine, puis DNS › Records (Enregistrements).',
  },
  add: {
    en: 'Click "Add record": a form opens at the top of the table. Choose the type, then Name (@ for the domain) and the value. Mail records must stay "DNS only" (grey cloud).',
    fr: 'Cliquez sur « Add record » (Ajouter un enregistrement) : un formulaire s’ouvre en haut du tableau. Choisissez le type, puis saisissez le nom (@ pour le domaine) et la valeur. Les enregistrements de messagerie doivent rester en « DNS only » (nuage gris).',
  },
  save: { en: 'Click Save under the form.', fr: 'Cliquez sur Save (Enregistrer) sous le formulaire.' },
};
