import type { Lang } from '../../i18n/lang.js';
import { visibleJson, visibleText } from '../../lib/visible-text.js';
import { expandService } from '../../services/expand.js';
import type { DesiredSet } from '../../services/desired.js';
import type { CliIo } from '../cli-io.js';
import { cliMessages } from '../cli-messages.js';
import { EXIT, exitCodeForResults, worseExitCode } from '../exit-codes.js';
import { checkJson } from '../json-shapes.js';
import { createProgressLine } from '../progress-line.js';
import { oneLine } from '../read-setup.js';
import { UsageError } from '../usage-error.js';
import { MAX_LINE_BYTES, parseDomainsLine, type LineDefaults } from './domains-line.js';
import { fleetMessages } from './fleet-messages.js';
import { readLines, type FileLine } from './read-lines.js';
import type { SetupChecker } from './setup-checker.js';
import { inShard, type Shard } from './shard.js';

export interface FleetRun {
  input: AsyncIterable<Uint8Array>;
  /** The file as the user named it (`-` for standard input), for `FILE:LINE: reason` on stderr. */
  path: string;
  defaults: LineDefaults;
  shard: Shard | undefined;
  concurrency: number;
  checkSetup: SetupChecker;
  io: CliIo;
  lang: Lang;
}

/** A bad line's `input` shows its start: enough to find it in the file. */
const SHOWN_INPUT = 200;

/**
 * `check --domains`: one NDJSON object per setup of the file (or of this shard), printed as each
 * check finishes, at most `concurrency` checks at once, all of them through one `checkSetup`
 * (one answer cache, or one zone file). The file is read as the checks free their places, so its
 * size never matters. Returns the worst exit code of the setups (2 > 1 > 3 > 0).
 */
export async function checkDomains(run: FleetRun): Promise<number> {
  const { io, lang } = run;
  const progress = createProgressLine(io, lang);
  const running = new Set<Promise<void>>();
  let worst: number = EXIT.ok;
  let finished = 0;
  let attention = 0;

  const where = run.path === '-' ? 'stdin' : run.path;
  // Off a terminal, the lines of the checks that finish in one turn of the event loop go out in one
  // write; on a terminal each goes at once, between the progress line's erasing and drawing.
  const output = io.stderrIsTty ? { write: io.stdout, flush: () => undefined } : batchedWriter(io.stdout);
  const print = (object: object, exit: number, complaint?: string): void => {
    worst = worseExitCode(worst, exit);
    finished++;
    if (exit !== EXIT.ok) attention++;
    progress.clear();
    output.write(visibleJson(object, 0) + '\n');
    if (complaint !== undefined) io.stderr(`${complaint}\n`);
    // Off a terminal nothing is drawn: the sentence is not even built (a fleet prints thousands of lines).
    if (io.stderrIsTty) progress.show(fleetMessages.progress(finished, running.size, attention)[lang]);
  };
  /** A line that cannot be checked: its NDJSON object, and `FILE:LINE: reason` on stderr for whoever watches the run. */
  const refuse = (line: FileLine, error: string, exit: number): void =>
    print(badLine(line, error, exit), exit, visibleText(`${where}:${line.number}: ${error}`));

  /** Checks, then gives what prints the outcome (called once the check has left `running`, for the progress count). */
  const check = async (line: FileLine, set: DesiredSet): Promise<() => void> => {
    try {
      const report = await run.checkSetup(set);
      const exit = exitCodeForResults(report.results);
      return () => print({ line: line.number, ...checkJson(report, lang), exit }, exit);
    } catch (error) {
      if (error instanceof UsageError) return () => refuse(line, error.problem[lang], EXIT.usage);
      // A bug in one check must not end the run: that setup says so, the others go on.
      const text = error instanceof Error ? error.message : String(error);
      return () => refuse(line, cliMessages.internal(text)[lang], EXIT.internal);
    }
  };

  let position = 0;
  try {
    for await (const line of readLines(run.input, MAX_LINE_BYTES)) {
      const parsed = parseDomainsLine(line, run.defaults);
      if (parsed.kind === 'skip' || !inShard(++position, run.shard)) continue;
      const expanded =
        parsed.kind === 'setup'
          ? expandService(parsed.setup.service, parsed.setup.domain, parsed.setup.vars)
          : { ok: false as const, problems: [parsed.problem] };
      if (!expanded.ok) {
        refuse(line, oneLine(expanded.problems)[lang], EXIT.usage);
        continue;
      }
      while (running.size >= run.concurrency) await Promise.race(running);
      const task: Promise<void> = check(line, expanded.set).then((printOutcome) => {
        running.delete(task);
        printOutcome();
      });
      running.add(task);
    }
    await Promise.all(running);
  } finally {
    output.flush();
    progress.clear();
  }
  return worst;
}

/** Largest batch of NDJSON text held back: past it, the batch is written at once. */
const MAX_BATCH_CHARS = 1 << 16;

/**
 * Text written in one piece per turn of the event loop (setImmediate), or sooner past
 * MAX_BATCH_CHARS: a fleet prints thousands of lines, and one write each (a system call, and a
 * wake-up of the reader) cost more than the JSON of the line.
 */
export function batchedWriter(write: (text: string) => void): { write: (text: string) => void; flush: () => void } {
  let pending = '';
  let scheduled = false;
  const flush = (): void => {
    if (pending !== '') write(pending);
    pending = '';
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= MAX_BATCH_CHARS) flush();
      else if (!scheduled) {
        scheduled = true;
        setImmediate(() => {
          scheduled = false;
          flush();
        });
      }
    },
    flush,
  };
}

/** `{"line", "input", "exit", "error"}`: the line shown safely (no control character reaches a terminal) and cut. */
function badLine(line: FileLine, error: string, exit: number) {
  const input = visibleText(line.text.length > SHOWN_INPUT ? `${line.text.slice(0, SHOWN_INPUT)}…` : line.text);
  return { line: line.number, input, exit, error };
}
