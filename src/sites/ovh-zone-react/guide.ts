import type { SiteGuideWords } from '../../guides/registrar-guide.js';

export const guide: SiteGuideWords = {
  site: 'OVHcloud',
  source: 'docs/registrar-pages.md (OVHcloud new React zone editor)',
  open: {
    en: 'In the control panel, open Web Cloud, then Domain names, pick the domain and open its "DNS zone" tab.',
    fr: 'Dans l’espace client, ouvrez Web Cloud, puis Noms de domaine, choisissez le domaine et ouvrez son onglet « Zone DNS ».',
  },
  add: {
    en: 'Click "Add an entry": a panel opens above the records. Choose the type first ("Select a type of DNS field"): changing it empties the other fields. The panel also takes a pasted BIND line.',
    fr: 'Cliquez sur « Ajouter une entrée » : un panneau s’ouvre au-dessus des enregistrements. Choisissez d’abord le type (« Sélectionnez un type de champ DNS ») : le changer vide les autres champs. Le panneau accepte aussi une ligne BIND collée.',
  },
  save: {
    en: 'The add button stays greyed out until every required field is valid; click it to save the record.',
    fr: 'Le bouton d’ajout reste grisé tant qu’un champ obligatoire n’est pas valide ; cliquez dessus pour enregistrer.',
  },
};
