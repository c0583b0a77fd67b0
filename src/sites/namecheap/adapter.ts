import { defineSite } from '../define-site.js';

/** Namecheap Advanced DNS: the zone in the path names the DNS editor page. */
export const adapter = defineSite({ name: 'Namecheap Advanced DNS', hostId: 'namecheap', hosts: ['ap.www.namecheap.com'], route: /^\/Domains\/DomainControlPanel\/([^/]+)\/advancedns\/?$/i });
