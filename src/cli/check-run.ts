import type { CheckReport } from '../dns/check/types.js';
import { parseNsAddress } from '../dns/authoritative/ns-address.js';
import type { ServerAddress } from '../dns/authoritative/transport.js';
import type { AuthoritativeAccess } from '../dns/authoritative/zone-servers.js';
import { runCheck } from '../dns/run-check.js';
import { DEFAULT_RESOLVERS } from '../dns/types.js';
import { parseExtraHosts } from '../hosts/domain-connect-address.js';
import type { Lang } from '../i18n/lang.js';
import type { DesiredSet } from '../services/desired.js';
import { resolverFetch, type CliIo } from './cli-io.js';
import { readMilliseconds, readResolvers } from './option-values.js';
import { createProgressLine } from './progress-line.js';
import { cliMessages } from './cli-messages.js';
import { nodeDnsTransport } from './dns-sockets.js';
import { UsageError } from './usage-error.js';

/** The options of every command that asks resolvers (check, report): one reading for all. */
export const CHECK_RUN_OPTIONS = ['resolver', 'timeout', 'deadline', 'ns-address'] as const;
export const CHECK_RUN_REPEATABLE = ['resolver', 'ns-address'] as const;
export const CHECK_RUN_FLAGS = ['authoritative'] as const;

export interface CheckRun {
  resolvers: string[];
  /** Each query. */
  timeoutMs: number;
  /** The whole check: it returns within this, whatever the resolvers do. */
  deadlineMs: number;
  /** --authoritative: the zone's own name servers are asked too, over UDP and TCP. */
  authoritative?: AuthoritativeAccess;
}

export function readCheckRun(values: Record<string, string[]>, flags: ReadonlySet<string> = new Set()): CheckRun {
  const nsAddresses = values['ns-address'] ?? [];
  if (nsAddresses.length > 0 && !flags.has('authoritative')) throw new UsageError(cliMessages.nsAddressWithoutAuthoritative);
  return {
    resolvers: readResolvers(values.resolver ?? [], DEFAULT_RESOLVERS),
    timeoutMs: readMilliseconds(values.timeout ?? [], '--timeout'),
    deadlineMs: readMilliseconds(values.deadline ?? [], '--deadline'),
    ...(flags.has('authoritative') && { authoritative: { transport: nodeDnsTransport, addresses: readNsAddresses(nsAddresses) } }),
  };
}

function readNsAddresses(texts: readonly string[]): Map<string, ServerAddress> {
  const addresses = new Map<string, ServerAddress>();
  for (const text of texts) {
    const reading = parseNsAddress(text);
    if (!reading.ok) throw new UsageError(cliMessages.badNsAddress(text));
    addresses.set(reading.name, reading.address);
  }
  return addresses;
}

/**
 * Checks the set against the resolvers, with the progress line on stderr while the queries run.
 * The zone's host is looked up on the way (Domain Connect discovery limited to the allow-list,
 * which DSA_DOMAIN_CONNECT_HOSTS extends).
 */
export async function runSetupCheck(set: DesiredSet, run: CheckRun, io: CliIo, lang: Lang): Promise<CheckReport> {
  const progress = createProgressLine(io, lang);
  try {
    const domainConnect = { fetch: io.fetch, extraHosts: parseExtraHosts(io.env.DSA_DOMAIN_CONNECT_HOSTS) };
    return await runCheck({ set, ...run, fetch: resolverFetch(io), domainConnect, onProgress: progress.update });
  } finally {
    progress.clear();
  }
}
