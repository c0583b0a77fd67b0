import type { Lang } from '../../i18n/lang.js';
import { encodeShareCode } from '../../share/share-code.js';
import type { CliIo } from '../cli-io.js';
import { EXIT } from '../exit-codes.js';
import { helpText } from '../help-text.js';
import { checkLang } from '../option-values.js';
import { parseCommandArgs } from '../parse-command-args.js';
import { expandSetup, readSetup } from '../read-setup.js';

/**
 * `share <domain> --service ID [--var name=value]…`: the setup as a DSA1 code. The setup is
 * expanded first, so a code is only ever printed for a setup the extension will accept; the
 * code keeps the values as typed (normalizing is the reader's job, and keeps codes short).
 */
export function shareCommand(args: readonly string[], io: CliIo, lang: Lang): number {
  const parsed = parseCommandArgs(args, { command: 'share', options: ['service', 'var', 'lang'], repeatable: ['var'] });
  if (parsed.help) {
    io.stdout(helpText('share', lang));
    return EXIT.ok;
  }
  checkLang(parsed.values.lang ?? []);
  const setup = readSetup('share', parsed, false);
  expandSetup(setup);
  io.stdout(encodeShareCode(setup) + '\n');
  return EXIT.ok;
}
