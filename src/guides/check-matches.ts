import type { CheckMatch } from './types.js';

/**
 * The SPF row of a check. Its `expected` is in zone-file presentation, so a TXT value comes
 * quoted (`"v=spf1 include:mx.ovh.com ~all"`): a pattern anchored on `v=spf1` alone never
 * matches and the step could never be done by the check.
 */
export const SPF_TXT: CheckMatch = { type: 'TXT', expected: /^"?v=spf1\b/ };

/** The ownership proof OVHcloud asks for a domain of another account: `<code>-check` CNAME to ovh.com. */
export const OWNERSHIP_CNAME: CheckMatch = { type: 'CNAME', name: /-check\./ };
