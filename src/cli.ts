import { runCli } from './cli/run-cli.js';

// Entry of dist/cli.js: wire the CLI to this process. exitCode (not exit()) lets stdout drain when piped.
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  fetch: globalThis.fetch,
});
