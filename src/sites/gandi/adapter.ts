import { defineSite } from '../define-site.js';

/**
 * `/domain/<org>/<d>/records`, `/domain/<d>/records` or `/domain/<d>/dns/records`: public tables disagree.
 * The zone is a segment with a dot inside (`x.y`), checked by a lookahead: the former
 * `([^/]+\.[^/]+)\/` retried every dot of a long dotted segment (quadratic: a crafted 100 KB link
 * to admin.gandi.net froze the tab for 17 s as the content script read its address).
 */
const ROUTE = /^\/domain\/(?:[^/.]+\/)?((?=[^/]*?[^/]\.[^/])[^/]+)\/(?:dns\/)?records\/?$/i;

/** Gandi's DNS records page. */
export const adapter = defineSite({ name: 'Gandi DNS records', hostId: 'gandi', hosts: ['admin.gandi.net'], route: ROUTE });
