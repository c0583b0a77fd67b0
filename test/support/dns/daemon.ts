import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { accessSync, constants, createWriteStream } from 'node:fs';

/**
 * A server process run in the foreground for the length of a test run: started, awaited
 * until its log says it is ready, stopped at the end, and killed if the test runner dies
 * first (no systemd, nothing left behind to collide with the next run).
 */

export interface DaemonOptions {
  /** For messages: "unbound", "dnsdist". */
  label: string;
  command: string;
  args: string[];
  cwd: string;
  /** Where stdout and stderr go, for post-mortems. */
  logPath: string;
  /** Seen in the output once the daemon serves. */
  readyWhen: RegExp;
  readyTimeoutMs?: number;
}

export interface Daemon {
  stop(): Promise<void>;
  output(): string;
}

/** Thrown when a daemon could not bind its ports, so the caller may retry on other ports. */
export class PortTakenError extends Error {}

const PORT_TAKEN = /address already in use|could not open ports|unable to bind|cannot assign requested address/i;
const running = new Set<ChildProcess>();
const SETPRIV = '/usr/bin/setpriv';

// A test run that ends without its teardown must not leave servers behind on the machine.
process.once('exit', () => running.forEach((child) => child.kill('SIGKILL')));

export function startDaemon(options: DaemonOptions): Promise<Daemon> {
  // setpriv (util-linux) makes the kernel kill the daemon when this process dies, even by SIGKILL,
  // where no 'exit' handler runs.
  const [command, args] = canUseSetpriv()
    ? [SETPRIV, ['--pdeathsig', 'KILL', '--', options.command, ...options.args]]
    : [options.command, options.args];
  const child = spawn(command, args, { cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  const log = createWriteStream(options.logPath);
  let output = '';
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  void exited.then(() => running.delete(child));

  const daemon: Daemon = {
    output: () => output,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killer = setTimeout(() => child.kill('SIGKILL'), 2000);
        await exited;
        clearTimeout(killer);
      }
      log.end();
    },
  };

  return new Promise<Daemon>((resolve, reject) => {
    const timeoutMs = options.readyTimeoutMs ?? 15_000;
    const timer = setTimeout(() => {
      void daemon.stop();
      reject(new Error(`${options.label} did not become ready within ${timeoutMs} ms; its output:\n${tail(output)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer): void => {
      output += chunk.toString('utf8');
      log.write(chunk);
      if (options.readyWhen.test(output)) {
        clearTimeout(timer);
        resolve(daemon);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(new Error(`Could not start ${options.label} (${options.command}): ${error.message}.`));
    });
    void exited.then(() => {
      clearTimeout(timer);
      const message = `${options.label} stopped while starting (exit ${child.exitCode ?? child.signalCode}); its output:\n${tail(output)}`;
      reject(PORT_TAKEN.test(output) ? new PortTakenError(message) : new Error(message));
    });
  });
}

function canUseSetpriv(): boolean {
  try {
    accessSync(SETPRIV, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function tail(text: string): string {
  return text.split('\n').slice(-25).join('\n');
}
