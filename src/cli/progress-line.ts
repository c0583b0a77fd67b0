import type { Lang } from '../i18n/lang.js';
import { cliMessages } from './cli-messages.js';
import type { CliIo } from './cli-io.js';

export interface ProgressLine {
  /** The query count of one check. */
  update(done: number, total: number): void;
  /** Any other progress sentence (`check --domains` counts setups). */
  show(text: string): void;
  clear(): void;
}

/**
 * One stderr line rewritten in place (`\r`) while the queries run, erased at the end so that
 * the report starts on a clean line. Off the terminal it writes nothing: logs stay clean.
 */
export function createProgressLine(io: CliIo, lang: Lang): ProgressLine {
  if (!io.stderrIsTty) return { update() {}, show() {}, clear() {} };
  let drawn = false;
  const show = (text: string): void => {
    io.stderr(`\r\x1b[2K${text}`);
    drawn = true;
  };
  return {
    update: (done, total) => show(cliMessages.progress(done, total)[lang]),
    show,
    clear() {
      if (drawn) io.stderr('\r\x1b[2K');
      drawn = false;
    },
  };
}
