import { defineSite } from '../define-site.js';

/** Host of the demo DNS editor page (demo/), served by `npm start` and the e2e tests. */
export const DEMO_HOST = 'demo.dns-setup-assistant.test';

/**
 * The demo DNS editor (demo/dns-editor.html): a stand-in registrar page so the product can be
 * shown and tested without any real account. It names its zone in `data-zone` on <main>, the
 * way real panels put it in a heading or the URL.
 */
export const adapter = defineSite({
  name: { en: 'Demo DNS editor', fr: 'Éditeur DNS de démonstration' },
  matches: (url) => url.hostname === DEMO_HOST,
  read(url, document) {
    const zone = document.querySelector('[data-zone]')?.getAttribute('data-zone') ?? url.searchParams.get('zone');
    const pageKind = document.querySelector('[data-page-kind]')?.getAttribute('data-page-kind') ?? 'unknown';
    return zone ? { pageKind, domain: zone } : { pageKind };
  },
});
