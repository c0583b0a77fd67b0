import type { CliIo } from '../../src/cli/cli-io.js';

/** What an in-process run printed, each stream kept apart. */
export interface Printed {
  stdout: string;
  stderr: string;
}

/**
 * An in-process CliIo: no terminal, `LANG=C`, stdout and stderr kept as text in `out`. The test
 * gives what the run may reach: its `fetch` (a fake resolver, or one that refuses), files, stdin.
 */
export function memoryIo(reach: Pick<CliIo, 'fetch'> & Partial<Pick<CliIo, 'readFile' | 'stdin'>>): { io: CliIo; out: Printed } {
  const out: Printed = { stdout: '', stderr: '' };
  const io: CliIo = {
    env: { LANG: 'C' },
    stdout: (text) => (out.stdout += text),
    stderr: (text) => (out.stderr += text),
    stderrIsTty: false,
    ...reach,
  };
  return { io, out };
}
