/**
 * The address ranges Cloudflare publishes for its network (its proxy answers with addresses in
 * them instead of the origin's). DATA, cited:
 * - source: https://www.cloudflare.com/ips-v4 and https://www.cloudflare.com/ips-v6 (Cloudflare's
 *   own lists, also shown at https://www.cloudflare.com/ips/);
 * - read through the public mirror MISP/misp-warninglists, `lists/cloudflare/list.json` at commit
 *   018f958163def1abfa0b478dd5a962512c0510dc (list version 20241104, generated from those two URLs
 *   by its `tools/generate-cloudflare.py`), and checked against rezmoss/cloud-provider-ip-addresses
 *   `cloudflare/` (updated 2026-02-11): the same 15 IPv4 and 7 IPv6 ranges.
 * Cloudflare changes these rarely; when it does, replace the lists and the dates above.
 */
export const CLOUDFLARE_RANGES = {
  ipv4: [
    '173.245.48.0/20',
    '103.21.244.0/22',
    '103.22.200.0/22',
    '103.31.4.0/22',
    '141.101.64.0/18',
    '108.162.192.0/18',
    '190.93.240.0/20',
    '188.114.96.0/20',
    '197.234.240.0/22',
    '198.41.128.0/17',
    '162.158.0.0/15',
    '104.16.0.0/13',
    '104.24.0.0/14',
    '172.64.0.0/13',
    '131.0.72.0/22',
  ],
  ipv6: ['2400:cb00::/32', '2606:4700::/32', '2803:f800::/32', '2405:b500::/32', '2405:8100::/32', '2a06:98c0::/29', '2c0f:f248::/32'],
} as const;
