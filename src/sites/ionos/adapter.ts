import { defineSite } from '../define-site.js';

/** IONOS DNS: the zone in the path names the DNS editor page. */
export const adapter = defineSite({ name: 'IONOS DNS', hostId: 'ionos', hosts: ['my.ionos.com'], route: /^\/domain-dns-settings\/([^/]+)\/?$/i });
