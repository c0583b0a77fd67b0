import type { CheckReport } from '../dns/check/types.js';
import { runCheck } from '../dns/run-check.js';
import { DEFAULT_RESOLVERS } from '../dns/types.js';
import { parseExtraHosts } from '../hosts/domain-connect-address.js';
import type { Lang } from '../i18n/lang.js';
import type { DesiredSet } from '../services/desired.js';
import type { CliIo } from './cli-io.js';
import { readMilliseconds, readResolvers } from './option-values.js';
import { createProgressLine } from './progress-line.js';

/** The options of every command that asks resolvers (check, report): one reading for all. */
export const CHECK_RUN_OPTIONS = ['resolver', 'timeout', 'deadline'] as const;
export const CHECK_RUN_REPEATABLE = ['resolver'] as const;

export interface CheckRun {
  resolvers: string[];
  /** Each query. */
  timeoutMs: number;
  /** The whole check: it returns within this, whatever the resolvers do. */
  deadlineMs: number;
}

export function readCheckRun(values: Record<string, string[]>): CheckRun {
  return {
    resolvers: readResolvers(values.resolver ?? [], DEFAULT_RESOLVERS),
    timeoutMs: readMilliseconds(values.timeout ?? [], '--timeout'),
    deadlineMs: readMilliseconds(values.deadline ?? [], '--deadline'),
  };
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
    return await runCheck({ set, ...run, fetch: io.fetch, domainConnect, onProgress: progress.update });
  } finally {
    progress.clear();
  }
}
