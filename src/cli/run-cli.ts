import type { Lang } from '../i18n/lang.js';
import { cliMessages } from './cli-messages.js';
import type { CliIo } from './cli-io.js';
import { checkCommand } from './commands/check.js';
import { hostCommand } from './commands/host.js';
import { recordsCommand } from './commands/records.js';
import { servicesCommand } from './commands/services.js';
import { shareCommand } from './commands/share.js';
import { EXIT } from './exit-codes.js';
import { helpText } from './help-text.js';
import { languageOf } from './option-values.js';
import { UsageError } from './usage-error.js';

type Command = (args: readonly string[], io: CliIo, lang: Lang) => number | Promise<number>;

const COMMANDS: Record<string, Command> = {
  services: servicesCommand,
  records: recordsCommand,
  check: checkCommand,
  share: shareCommand,
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
    if (error instanceof UsageError) {
      io.stderr(error.problem[lang].replace(/\s*\n\s*/g, ' ') + '\n');
      return EXIT.usage;
    }
    const text = error instanceof Error ? error.message : String(error);
    io.stderr(cliMessages.internal(text)[lang] + '\n');
    return EXIT.internal;
  }
}
