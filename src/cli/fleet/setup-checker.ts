import type { CheckReport } from '../../dns/check/types.js';
import { createAnswerCache } from '../../dns/resolver/answer-cache.js';
import { runCheck } from '../../dns/run-check.js';
import { checkZoneFile } from '../../dns/zone-file-check.js';
import type { DesiredSet } from '../../services/desired.js';
import type { CheckRun } from '../check-run.js';
import { resolverFetch, type CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { zoneErrorsSentence, zoneForDomain } from '../zone-file-input.js';

/** How each setup of the file is checked: one function for the whole run. Throws a UsageError for a setup it cannot check. */
export type SetupChecker = (set: DesiredSet) => Promise<CheckReport>;

/**
 * Answers kept for the whole run, the oldest not read again dropped first: the includes and name servers
 * every domain shares stay, a domain's own answers go (about 1 KB each: some 20 MB at most).
 */
const FLEET_CACHED_ANSWERS = 20_000;

/**
 * Against the resolvers, every check asking through one answer cache (one `mx.ovh.com` expansion
 * for the whole file), each with its own deadline from when it starts.
 */
export function dnsChecker(run: CheckRun, io: CliIo): SetupChecker {
  const answers = createAnswerCache({ maxAnswers: FLEET_CACHED_ANSWERS });
  return (set) => runCheck({ set, ...run, fetch: resolverFetch(io), answers });
}

/**
 * `--zone-file FILE` beside `--domains`: every setup against the one file (read once), offline, as
 * `check --zone-file` does; a setup whose domain the file does not hold is that line's error.
 */
export function zoneChecker(path: string, text: string): SetupChecker {
  return async (set) => {
    const zone = zoneForDomain(path, text, set.domain);
    if (zone.errors.length > 0) throw new UsageError(zoneErrorsSentence(path, zone.errors));
    return checkZoneFile(set, zone, path);
  };
}
