import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'OVHcloud',
  source: 'docs/registrar-pages.md (OVHcloud legacy AngularJS zone editor)',
  open: {
    en: 'In the control panel, open Web Cloud, then Domain names, pick the domain and open its "DNS zone" tab.',
    fr: 'Dans l’espace client, ouvrez Web Cloud, puis Noms de domaine, choisissez le domaine et ouvrez son onglet « Zone DNS ».',
  },
  add: {
    en: 'Click "Add an entry", then choose the type: pointer records (A, AAAA, CNAME), mail records (MX) or extended records (TXT, SRV). For an SRV, type _autodiscover._tcp in the Sub-domain field; a target without a final dot is read as a name inside your zone.',
    fr: 'Cliquez sur « Ajouter une entrée », puis choisissez le type : champs de pointage (A, AAAA, CNAME), champs mails (MX) ou champs étendus (TXT, SRV). Pour un SRV, tapez _autodiscover._tcp dans le champ Sous-domaine ; une cible sans point final est lue comme un nom de votre zone.',
  },
  save: {
    en: 'The last screen sums up the entry ("You are about to add…"): confirm it. Each record is saved on its own.',
    fr: 'Le dernier écran résume l’entrée (« Vous allez ajouter l’entrée suivante… ») : confirmez. Chaque enregistrement est enregistré séparément.',
  },
};
