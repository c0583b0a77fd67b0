import type { Localized } from '../../i18n/lang.js';

/**
 * The generic filler's identity, apart from its detection code (src/page/generic/form.ts, heavy):
 * it matches no URL, so SITE_ADAPTERS leaves it out, yet the background must still name it when
 * a page reports `adapterId: 'generic'`. Its name describes rather than brands, so it is in EN and FR.
 */
export const GENERIC_SITE = {
  id: 'generic',
  name: { en: 'Unknown DNS editor (generic filler)', fr: 'Éditeur DNS inconnu (remplissage générique)' } satisfies Localized,
  notation: 'relative',
} as const;
