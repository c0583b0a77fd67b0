import { runCli } from './cli/run-cli.js';

// `dns-setup-assistant check … | head -3`: the reader leaving early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Entry of dist/cli.js: wire the CLI to this process. exitCode (not exit()) lets stdout drain when piped.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  fetch: globalThis.fetch,
  stdin: process.stdin,
});
