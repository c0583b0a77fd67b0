import type { Lang } from '../../i18n/lang.js';
import { exportTemplate } from '../../services/domain-connect/export-template.js';
import { DC_ID } from '../../services/domain-connect/service-id.js';
import { SERVICES } from '../../services/index.js';
import { cliMessages } from '../cli-messages.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { printJson } from '../json-shapes.js';
import { checkLang } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { UsageError } from '../usage-error.js';

/** `services export <id> [--provider-id ID]`: one of our services as a Domain Connect template (JSON). */
export function exportCommand(args: readonly string[], io: CliIo, lang: Lang): number {
  const parsed = parseCommandArgs(args, { command: 'services export', options: ['provider-id', 'lang'] });
  if (parsed.help) {
    io.stdout(helpText('services', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const [id, ...extra] = parsed.positionals;
  if (extra[0] !== undefined) throw new UsageError(cliMessages.unexpectedArgument('services export', extra[0]));
  const ids = SERVICES.map((s) => s.id);
  const service = SERVICES.find((s) => s.id === id);
  if (!service) throw new UsageError(cliMessages.exportWhichService(id, ids));
  const providerId = parsed.values['provider-id']?.[0];
  if (providerId !== undefined && !DC_ID.test(providerId)) throw new UsageError(cliMessages.badProviderId(providerId));
  io.stdout(printJson(exportTemplate(service, providerId === undefined ? {} : { providerId })));
  return EXIT.ok;
}
