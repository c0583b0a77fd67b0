import type { Lang } from '../i18n/lang.js';
import { visibleText } from '../lib/visible-text.js';
import { cliMessages } from './cli-messages.js';
import type { CliIo } from './cli-io.js';
import { checkCommand } from './commands/check.js';
import { hostCommand } from './commands/host.js';
import { recordsCommand } from './commands/records.js';
import { reportCommand } from './commands/report.js';
import { servicesCommand } from './commands/services.js';
import { shareCommand } from './commands/share.js';
import { zoneCommand } from './commands/zone.js';
import { EXIT } from './exit-codes.js';
import { helpText } from './help-text.js';
import { languageOf } from './option-values.js';
import { UsageError } from './usage-error.js';

type Command = (args: readonly string[], io: CliIo, lang: Lang) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  services: servicesCommand,
  records: recordsCommand,
  check: checkCommand,
  report: reportCommand,
  share: shareCommand,
  zone: zoneCommand,
  host: hostCommand,
};

/** Runs one command line and returns the exit code; usage errors become one stderr line and 2. */
export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const lang = languageOf(argv, io.env);
  const [name, ...args] = argv;
  try {
    if (name === undefined) throw new UsageError(cliMessages.missingCommand);
    if (name === '--help' || name === '-h' || name === 'help') {
      io.stdout(helpText('main', lang));
      return EXIT.ok;
    }
    const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined;
    if (command === undefined) throw new UsageError(cliMessages.unknownCommand(name));
    return await command(args, io, lang);
  } catch (error) {
    // Sentences quote what was typed or pasted (a domain, a variable, a code's content): visibleText
    // keeps the line one line, and a pasted ESC sequence from drawing on the terminal.
    if (error instanceof UsageError) {
      io.stderr(visibleText(error.problem[lang]) + '\n');
      return EXIT.usage;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.stderr(visibleText(cliMessages.internal(text)[lang]) + '\n');
    return EXIT.internal;
  }
}
