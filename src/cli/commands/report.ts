import { version } from '../../../package.json';
import type { Lang } from '../../i18n/lang.js';
import { formatDiagnosticReport } from '../../report/diagnostic-report.js';
import type { DesiredSet } from '../../services/desired.js';
import { serviceName } from '../../services/index.js';
import { CHECK_RUN_FLAGS, CHECK_RUN_OPTIONS, CHECK_RUN_REPEATABLE, readCheckRun, runSetupCheck } from '../check-run.js';
import type { CliIo } from '../cli-io.js';
import { exitCodeForResults, EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { checkLang } from '../option-values.js';
import { parseCommandArgs, type ParsedArgs } from '../parse-command-args.js';
import { expandSetup, readSetup } from '../read-setup.js';
import { tellOn, type Tell } from '../zone-argument.js';
import { readTemplateSetup, TEMPLATE_OPTIONS } from '../template-option.js';

/**
 * `report <domain> --service ID [--var …]… | --code … | --template FILE.json … [--resolver URL]… [--timeout ms] [--lang en|fr]`:
 * the check as the Markdown report the popup's "Copy report" gives (the same function writes
 * both), for a support agent to paste into a ticket. Exit codes as check.
 */
export async function reportCommand(args: readonly string[], io: CliIo, lang: Lang): Promise<number> {
  const parsed = parseCommandArgs(args, {
    command: 'report',
    options: ['service', 'var', 'code', ...CHECK_RUN_OPTIONS, 'lang', ...TEMPLATE_OPTIONS],
    repeatable: ['var', ...CHECK_RUN_REPEATABLE, 'group'],
    flags: CHECK_RUN_FLAGS,
  });
  if (parsed.help) {
    io.stdout(helpText('report', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const run = readCheckRun(parsed.values, parsed.flags);
  const { set, vars } = await readReportSetup(parsed, tellOn(io, lang));

  const report = await runSetupCheck(set, run, io, lang);
  io.stdout(formatDiagnosticReport(report, { lang, serviceName: serviceName(set.serviceId, lang), extensionVersion: version, vars }));
  return exitCodeForResults(report.results);
}

/** The records to check, and the variables as given (the report shows them as typed). */
async function readReportSetup(parsed: ParsedArgs, tell: Tell): Promise<{ set: DesiredSet; vars: Record<string, string> }> {
  const fromTemplate = await readTemplateSetup('report', parsed, tell);
  if (fromTemplate) return { set: fromTemplate, vars: fromTemplate.vars };
  const setup = readSetup('report', parsed, true, tell);
  return { set: expandSetup(setup), vars: setup.vars };
}
