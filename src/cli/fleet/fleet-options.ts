import type { Lang } from '../../i18n/lang.js';
import type { CheckRun } from '../check-run.js';
import type { CliIo } from '../cli-io.js';
import { readVars } from '../option-values.js';
import type { ParsedArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';
import type { FleetRun } from './check-domains.js';
import { openDomains } from './domains-input.js';
import { fleetMessages } from './fleet-messages.js';
import { readZoneFileText } from '../zone-file-input.js';
import { dnsChecker, zoneChecker } from './setup-checker.js';
import { readShard } from './shard.js';

/** The options `check` takes for a file of setups. */
export const FLEET_OPTIONS = ['domains', 'concurrency', 'shard'] as const;

const DEFAULT_CONCURRENCY = 16;
/** Far above what one machine's resolvers want at once; beyond it a typo (160000) would open that many requests. */
const MAX_CONCURRENCY = 1000;

/**
 * `check --domains FILE|- [--service ID] [--var name=value]… [--concurrency N] [--shard K/N]`
 * (against the resolvers of `run`, or `--zone-file FILE`), read and opened before any query; undefined when no --domains was given (one setup on the
 * command line), where --concurrency and --shard have nothing to apply to.
 */
export async function readFleetRun(
  args: ParsedArgs,
  io: CliIo,
  lang: Lang,
  run: CheckRun,
): Promise<FleetRun | undefined> {
  const { values, positionals } = args;
  const path = values.domains?.[0];
  if (path === undefined) {
    const stray = (['concurrency', 'shard'] as const).find((name) => values[name]?.length);
    if (stray) throw new UsageError(fleetMessages.optionWithoutDomains(`--${stray}`));
    return undefined;
  }
  if (positionals.length > 0 || values.code?.length || values.template?.length) throw new UsageError(fleetMessages.domainsWithSetup);
  const defaults = { service: values.service?.[0], vars: readVars(values.var ?? []) };
  const shard = readShard(values.shard ?? []);
  const concurrency = readConcurrency(values.concurrency ?? []);
  const zoneFile = values['zone-file']?.[0];
  const checkSetup = zoneFile === undefined ? dnsChecker(run, io) : zoneChecker(zoneFile, await readZoneFileText(zoneFile, io));
  return { input: await openDomains(path, io), path, defaults, shard, concurrency, checkSetup, io, lang };
}

function readConcurrency(given: readonly string[]): number {
  const value = given[0];
  if (value === undefined) return DEFAULT_CONCURRENCY;
  const count = /^\s*\d{1,7}\s*$/.test(value) ? Number(value) : NaN;
  if (!(count >= 1 && count <= MAX_CONCURRENCY)) throw new UsageError(fleetMessages.badConcurrency(value, MAX_CONCURRENCY));
  return count;
}
