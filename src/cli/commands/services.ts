import { colon } from '../../i18n/phrases.js';
import type { Lang } from '../../i18n/lang.js';
import { serviceVariables } from '../../services/service-variables.js';
import { SERVICES, serviceName } from '../../services/index.js';
import { cliText } from '../cli-labels.js';
import { cliMessages } from '../cli-messages.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { exportCommand } from './services-export.js';
import { helpText } from '../help-text.js';
import { printJson, servicesJson } from '../json-shapes.js';
import { checkLang, readFormat } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { formatColumns } from '../text-table.js';
import { UsageError } from '../usage-error.js';

/** `services [--format table|json]`: the catalog and the variables of each service; `services export <id>`. */
export function servicesCommand(args: readonly string[], io: CliIo, lang: Lang): number {
  if (args[0] === 'export') return exportCommand(args.slice(1), io, lang);
  const parsed = parseCommandArgs(args, { command: 'services', options: ['format', 'lang'] });
  if (parsed.help) {
    io.stdout(helpText('services', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  if (parsed.positionals[0] !== undefined) throw new UsageError(cliMessages.unexpectedArgument('services', parsed.positionals[0]));
  const format = readFormat(parsed.values.format ?? [], ['table', 'json'] as const);
  io.stdout(format === 'json' ? printJson(servicesJson(SERVICES, lang)) : servicesTable(lang));
  return EXIT.ok;
}

function servicesTable(lang: Lang): string {
  const label = cliText(lang);
  const blocks = SERVICES.map((service) => {
    // The example goes after the description: long examples (DKIM targets) would widen every line.
    const rows = serviceVariables(service).map((spec) => [
      spec.name,
      spec.required ? label('yes') : label('no'),
      `${spec.description[lang]} (${label('example')} ${spec.example})`,
    ]);
    const table = formatColumns([[label('variable'), label('required'), label('description')], ...rows]);
    return [`${service.id}${colon(lang)}${serviceName(service.id, lang)}`, `  ${service.description[lang]}`, ...table.map((line) => `    ${line}`)].join('\n');
  });
  return blocks.join('\n\n') + '\n';
}
