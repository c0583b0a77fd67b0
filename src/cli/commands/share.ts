import type { Lang } from '../../i18n/lang.js';
import { LocalizedError } from '../../lib/localized-error.js';
import type { Setup } from '../../services/desired.js';
import { encodeShareCode, SHARE_FORMATS, type ShareFormat } from '../../share/share-code.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { checkLang, readFormat } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { expandSetup, readSetup } from '../read-setup.js';
import { UsageError } from '../usage-error.js';
import { tellOn } from '../zone-argument.js';

/**
 * `share <domain> --service ID [--var name=value]… [--format dsa2|dsa1]`: the setup as a code,
 * alone on stdout. The setup is expanded first, so a code is only ever printed for a setup the
 * extension will accept; the code keeps the values as typed (the reader normalizes them).
 */
export function shareCommand(args: readonly string[], io: CliIo, lang: Lang): number {
  const parsed = parseCommandArgs(args, { command: 'share', options: ['service', 'var', 'format', 'lang'], repeatable: ['var'] });
  if (parsed.help) {
    io.stdout(helpText('share', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const format = readFormat(parsed.values.format ?? [], SHARE_FORMATS);
  const setup = readSetup('share', parsed, false, tellOn(io, lang));
  expandSetup(setup);
  io.stdout(shareCode(setup, format) + '\n');
  return EXIT.ok;
}

function shareCode(setup: Setup, format: ShareFormat): string {
  try {
    return encodeShareCode(setup, format);
  } catch (error) {
    if (error instanceof LocalizedError) throw new UsageError(error.text);
    throw error;
  }
}
