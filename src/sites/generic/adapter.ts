import { buildGenericEditor } from '../../page/generic/form.js';
import { readZoneDomain, recognizeEditor } from '../../page/read-zone-page.js';
import { defineSite } from '../define-site.js';

/**
 * The generic filler, for any panel no other site knows: it matches no URL (the extension injects
 * it on demand) and reads a page as a DNS editor when its zone listing or headings say so, or it
 * shows a record form; the zone is the one the page names. Its name describes rather than brands,
 * so it is in EN and FR.
 */
export const adapter = defineSite({
  name: { en: 'Unknown DNS editor (generic filler)', fr: 'Éditeur DNS inconnu (remplissage générique)' },
  matches: () => false,
  read: (_url, document) => {
    if (!recognizeEditor(document).isEditor && !buildGenericEditor(document)) return { pageKind: 'unknown' };
    const domain = readZoneDomain(document)?.domain;
    return { pageKind: 'dns-editor', ...(domain && { domain }) };
  },
});
