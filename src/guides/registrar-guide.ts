import type { TargetLocator } from './target-locator.js';
import type { Localized } from '../i18n/lang.js';
import { localized } from '../i18n/format.js';
import { typeset } from '../i18n/typeset.js';
import type { Guide } from './types.js';

/** Page kinds adapters give their DNS editor pages, and the other pages of a domain. */
export const EDITOR_PAGE_KINDS = ['dns-zone', 'dns-editor'] as const;
export const DOMAIN_PAGE_KINDS = ['domain', 'domain-list', 'zone-list', 'unknown'] as const;

export interface RegistrarWords {
  adapterId: string;
  /** The site as users know it: a brand ("GoDaddy"), or words in each language when it describes ("your DNS host"). */
  site: string | Localized;
  source: string;
  /** How to reach the zone, in the site's own words. */
  open: Localized;
  /** How to start a new record. */
  add: Localized;
  /** How the change is saved (stage-then-submit sites say so). */
  save: Localized;
  /** Own locators where the adapter's editor has none (or before it exists). */
  addTarget?: TargetLocator;
  saveTarget?: TargetLocator;
}

const FILL: Localized = {
  en: 'For each record of the list, choose its type and fill in the fields; "Fill in" in this extension does it for you and reads every value back. Nothing is deleted or changed among the records already there.',
  fr: 'Pour chaque enregistrement de la liste, choisissez son type et remplissez les champs ; « Remplir » dans cette extension le fait pour vous et relit chaque valeur. Rien n’est supprimé ni modifié parmi les enregistrements existants.',
};

/** What a site's `guide.ts` states (its folder names the adapter). */
export type SiteGuideWords = Omit<RegistrarWords, 'adapterId'>;

/**
 * The three registrar steps (open the zone, add a record, save) in one site's words. Each site
 * has its words in its folder (src/sites/<id>/guide.ts); this only lays them out the same way.
 */
export function registrarGuide(words: RegistrarWords): Guide {
  return typeset({
    id: `registrar-${words.adapterId}`,
    kind: 'registrar',
    adapterId: words.adapterId,
    source: words.source,
    title: localized({ en: '{site}: add the records', fr: '{site} : ajouter les enregistrements' }, { site: words.site }),
    summary: localized({
      en: 'Where the DNS zone is at {site}, how to add a record there, and how to save.',
      fr: 'Où se trouve la zone DNS chez {site}, comment y ajouter un enregistrement, et comment enregistrer.',
    }, { site: words.site }),
    steps: [
      { id: 'open-zone', pageKinds: DOMAIN_PAGE_KINDS, doneWhenLater: true, title: { en: 'Open the DNS zone', fr: 'Ouvrir la zone DNS' }, body: words.open },
      {
        id: 'add-record',
        pageKinds: EDITOR_PAGE_KINDS,
        title: { en: 'Add a record', fr: 'Ajouter un enregistrement' },
        body: words.add,
        target: words.addTarget
          ? { locator: words.addTarget, hint: { en: 'Add a record here', fr: 'Ajoutez un enregistrement ici' } }
          : { fromEditor: 'openAddForm', hint: { en: 'Add a record here', fr: 'Ajoutez un enregistrement ici' } },
      },
      { id: 'fill-record', pageKinds: EDITOR_PAGE_KINDS, title: { en: 'Fill in each record', fr: 'Remplir chaque enregistrement' }, body: FILL },
      {
        id: 'save',
        pageKinds: EDITOR_PAGE_KINDS,
        doneWhenChecked: 'all',
        title: { en: 'Save, then check', fr: 'Enregistrer, puis vérifier' },
        body: words.save,
        target: words.saveTarget
          ? { locator: words.saveTarget, hint: { en: 'Save here', fr: 'Enregistrez ici' } }
          : { fromEditor: 'commit', hint: { en: 'Save here', fr: 'Enregistrez ici' } },
      },
    ],
  });
}
