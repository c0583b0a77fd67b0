import type { Localized } from '../../i18n/lang.js';
import type { DnsRecord } from '../../records/types.js';
import { formatRdata } from '../../records/zone-file/index.js';
import type { CheckRow, CheckStatus } from './types.js';
import type { Evidence } from '../evidence.js';

/** A row about `record` (desired, or null for a conflicting extra record) seen through `evidence`. */
export function row(evidence: Evidence, expected: DnsRecord | null, status: CheckStatus, message: Localized, notes: Localized[] = []): CheckRow {
  return {
    type: evidence.type,
    name: evidence.name,
    expected: expected ? formatRdata(expected) : null,
    found: evidence.found.map(formatRdata),
    byResolver: evidence.byResolver,
    ...(Object.keys(evidence.errorTexts).length > 0 && { errorTexts: evidence.errorTexts }),
    status,
    message,
    ...(evidence.ttl !== undefined && { ttl: evidence.ttl }),
    ...(notes.length > 0 && { notes }),
    ...(evidence.disagree && { resolversDisagree: true }),
    ...(evidence.answered && { authenticated: evidence.authenticated }),
    // The status table (check-views.ts) sets it once the resolvers are put together.
    retryAfterSeconds: null,
  };
}
