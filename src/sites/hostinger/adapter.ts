import { defineSite } from '../define-site.js';

/** Hostinger hPanel DNS: the zone in the path names the DNS editor page. */
export const adapter = defineSite({ name: 'Hostinger hPanel DNS', hostId: 'hostinger', hosts: ['hpanel.hostinger.com'], route: /^\/domain\/([^/]+)\/dns\/?$/i });
