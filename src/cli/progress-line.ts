import type { Lang } from '../i18n/lang.js';
import { cliMessages } from './cli-messages.js';
import type { CliIo } from './cli-io.js';

export interface ProgressLine {
  update(done: number, total: number): void;
  clear(): void;
}

/**
 * One stderr line rewritten in place (`\r`) while the queries run, erased at the end so that
 * the report starts on a clean line. Off the terminal it writes nothing: logs stay clean.
 */
export function createProgressLine(io: CliIo, lang: Lang): ProgressLine {
  if (!io.stderrIsTty) return { update() {}, clear() {} };
  let drawn = false;
  return {
    update(done, total) {
      io.stderr(`\r\x1b[2K${cliMessages.progress(done, total)[lang]}`);
      drawn = true;
    },
    clear() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}
