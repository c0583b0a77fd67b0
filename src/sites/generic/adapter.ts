import { buildGenericEditor } from '../../page/generic/form.js';
import { defineSite } from '../define-site.js';

/**
 * The generic filler, for any panel no other site knows: it matches no URL (the extension injects
 * it on demand) and reads a page as a DNS editor when it finds a record form there. Its name
 * describes rather than brands, so it is in EN and FR.
 */
export const adapter = defineSite({
  name: { en: 'Unknown DNS editor (generic filler)', fr: 'Éditeur DNS inconnu (remplissage générique)' },
  matches: () => false,
  read: (_url, document) => ({ pageKind: buildGenericEditor(document) ? 'dns-editor' : 'unknown' }),
});
