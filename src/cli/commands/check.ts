import { runCheck } from '../../dns/run-check.js';
import { DEFAULT_RESOLVERS } from '../../dns/types.js';
import { parseExtraHosts } from '../../hosts/domain-connect-address.js';
import type { Lang } from '../../i18n/lang.js';
import { findService } from '../../services/index.js';
import { formatCheckTable } from '../check-table.js';
import type { CliIo } from '../cli-io.js';
import { exitCodeForResults, EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { checkJson, printJson } from '../json-shapes.js';
import { checkLang, readFormat, readMilliseconds, readResolvers } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { createProgressLine } from '../progress-line.js';
import { expandSetup, readSetup } from '../read-setup.js';
import { readTemplateSetup, TEMPLATE_OPTIONS } from '../template-option.js';

/**
 * `check <domain> --service ID [--var …]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]`,
 * or `--template FILE.json [--group ID]… [--host SUB]` instead of `--service`.
 * Every input is read before the first query, so a typo costs no network time. The check
 * returns within --deadline (plus printing), whatever the resolvers do.
 */
export async function checkCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, {
    command: 'check',
    options: ['service', 'var', 'code', 'resolver', 'timeout', 'deadline', 'lang', 'format', ...TEMPLATE_OPTIONS],
    repeatable: ['var', 'resolver', 'group'],
  });
  if (parsed.help) {
    io.stdout(helpText('check', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], ['table', 'json'] as const);
  const resolvers = readResolvers(parsed.values.resolver ?? [], DEFAULT_RESOLVERS);
  const timeoutMs = readMilliseconds(parsed.values.timeout ?? [], '--timeout');
  const deadlineMs = readMilliseconds(parsed.values.deadline ?? [], '--deadline');
  const set = (await readTemplateSetup('check', parsed)) ?? expandSetup(readSetup('check', parsed, true));

  const progress = createProgressLine(io, lang);
  let report;
  try {
    const domainConnect = { fetch: io.fetch, extraHosts: parseExtraHosts(io.env.DSA_DOMAIN_CONNECT_HOSTS) };
    report = await runCheck({ set, resolvers, fetch: io.fetch, timeoutMs, deadlineMs, domainConnect, onProgress: progress.update });
  } finally {
    progress.clear();
  }
  const serviceName = findService(set.serviceId)?.name ?? set.serviceId;
  io.stdout(format === 'json' ? printJson(checkJson(report, lang)) : formatCheckTable(report, serviceName, lang));
  return exitCodeForResults(report.results);
}
