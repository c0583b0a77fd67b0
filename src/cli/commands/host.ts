import { lookUpHost } from '../../dns/host-lookup.js';
import { DEFAULT_RESOLVERS } from '../../dns/types.js';
import { parseExtraHosts } from '../../hosts/domain-connect-address.js';
import type { Lang } from '../../i18n/lang.js';
import { readZoneArgument, tellOn } from '../zone-argument.js';
import { cliMessages } from '../cli-messages.js';
import { resolverFetch, type CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { formatHostTable, hostJson } from '../host-output.js';
import { printJson } from '../json-shapes.js';
import { checkLang, readFormat, readMilliseconds, readResolvers } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';
import { hostHelp } from './host-help.js';

/**
 * `host <domain> [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]`:
 * who serves the zone. Domain Connect providers are the allow-listed ones, plus the `host:port`
 * entries of DSA_DOMAIN_CONNECT_HOSTS (tests; Node trusts NODE_EXTRA_CA_CERTS for their certificates).
 */
export async function hostCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, { command: 'host', options: ['resolver', 'timeout', 'deadline', 'lang', 'format'], repeatable: ['resolver'] });
  if (parsed.help) {
    io.stdout(hostHelp(lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], ['table', 'json'] as const);
  const resolvers = readResolvers(parsed.values.resolver ?? [], DEFAULT_RESOLVERS);
  const timeoutMs = readMilliseconds(parsed.values.timeout ?? [], '--timeout');
  const deadlineMs = readMilliseconds(parsed.values.deadline ?? [], '--deadline');
  const [given, extra] = parsed.positionals;
  if (extra !== undefined) throw new UsageError(cliMessages.unexpectedArgument('host', extra));
  if (given === undefined) throw new UsageError(cliMessages.missingHostDomain);
  const domain = readZoneArgument(given, tellOn(io, lang));

  const report = await lookUpHost({
    domain,
    resolvers,
    fetch: resolverFetch(io),
    timeoutMs,
    deadlineMs,
    domainConnect: { fetch: io.fetch, extraHosts: parseExtraHosts(io.env.DSA_DOMAIN_CONNECT_HOSTS) },
  });
  io.stdout(format === 'json' ? printJson(hostJson(report)) : formatHostTable(report, lang));
  if (report.existence === 'nxdomain') return EXIT.problems;
  return report.dnsHost ? EXIT.ok : EXIT.unverified;
}
