import { checkZoneFile } from '../../dns/zone-file-check.js';
import type { Lang } from '../../i18n/lang.js';
import { serviceName } from '../../services/index.js';
import { formatCheckTable } from '../check-table.js';
import { CHECK_RUN_FLAGS, CHECK_RUN_OPTIONS, CHECK_RUN_REPEATABLE, readCheckRun, runSetupCheck } from '../check-run.js';
import { cliMessages } from '../cli-messages.js';
import { checkDomains } from '../fleet/check-domains.js';
import { FLEET_OPTIONS, readFleetRun } from '../fleet/fleet-options.js';
import type { CliIo } from '../cli-io.js';
import { exitCodeForResults, EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { checkJson, printJson } from '../json-shapes.js';
import { checkLang, readFormat } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { expandSetup, readSetup } from '../read-setup.js';
import { readTemplateSetup, TEMPLATE_OPTIONS } from '../template-option.js';
import { UsageError } from '../usage-error.js';
import { readZoneForCheck, zoneErrorLines } from '../zone-file-input.js';
import { tellOn } from '../zone-argument.js';

/**
 * `check <domain> --service ID [--var …]… [--resolver URL]… [--timeout ms] [--deadline ms] [--lang en|fr] [--format table|json]`,
 * or `--template FILE.json [--group ID]… [--host SUB]` instead of `--service`, or `--zone-file FILE` instead of DNS,
 * or `--domains FILE|-` for one setup per line (NDJSON, see fleet/check-domains.ts).
 * Every input is read before the first query, so a typo costs no network time. The check
 * returns within --deadline (plus printing), whatever the resolvers do.
 */
export async function checkCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, {
    command: 'check',
    options: ['service', 'var', 'code', ...CHECK_RUN_OPTIONS, 'lang', 'format', 'zone-file', ...TEMPLATE_OPTIONS, ...FLEET_OPTIONS],
    repeatable: ['var', ...CHECK_RUN_REPEATABLE, 'group'],
    flags: CHECK_RUN_FLAGS,
  });
  if (parsed.help) {
    io.stdout(helpText('check', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], ['table', 'json'] as const);
  const run = readCheckRun(parsed.values, parsed.flags);
  const zoneFile = parsed.values['zone-file']?.[0];
  if (zoneFile !== undefined && parsed.values.resolver?.length) throw new UsageError(cliMessages.zoneFileWithResolver);
  const fleet = await readFleetRun(parsed, io, lang, run);
  if (fleet) return checkDomains(fleet);
  const tell = tellOn(io, lang);
  const set = (await readTemplateSetup('check', parsed, tell)) ?? expandSetup(readSetup('check', parsed, true, tell));

  let report;
  if (zoneFile !== undefined) {
    const zone = await readZoneForCheck(zoneFile, set.domain, io);
    if (zone.errors.length > 0) {
      io.stderr(zoneErrorLines(zoneFile, zone.errors, lang));
      return EXIT.usage;
    }
    report = checkZoneFile(set, zone, zoneFile);
  } else {
    report = await runSetupCheck(set, run, io, lang);
  }
  io.stdout(format === 'json' ? printJson(checkJson(report, lang)) : formatCheckTable(report, serviceName(set.serviceId, lang), lang));
  return exitCodeForResults(report.results);
}
