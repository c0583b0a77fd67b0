import { open } from 'node:fs/promises';
import { MAX_DNS_MESSAGE_BYTES } from './dns/doh.js';
import { createUndiciDohFetch } from './cli/undici-doh-fetch.js';
import { runCli } from './cli/run-cli.js';
import { installUts46Table } from './records/names/uts46-install.js';

/** Reads in chunks, so a pipe or a device (`/dev/zero`) stops at the cap like a file. */
async function readFileCapped(path: string, maxBytes: number): Promise<Uint8Array> {
  const file = await open(path, 'r');
  try {
    const chunks: Uint8Array[] = [];
    let total = 0;
    while (total <= maxBytes) {
      const { bytesRead, buffer } = await file.read({ buffer: new Uint8Array(Math.min(1 << 20, maxBytes + 1 - total)) });
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    return Buffer.concat(chunks, total);
  } finally {
    await file.close();
  }
}

// `dns-setup-assistant check … | head -3`: the reader leaving early is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

// Entry of dist/cli.js: wire the CLI to this process. exitCode (not exit()) lets stdout drain when piped.
// Names are read synchronously everywhere in the CLI: the UTS #46 table is there from the start.
installUts46Table();
process.exitCode = await runCli(process.argv.slice(2), {
  env: process.env,
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  stderrIsTty: process.stderr.isTTY === true,
  fetch: globalThis.fetch,
  dohFetch: createUndiciDohFetch(MAX_DNS_MESSAGE_BYTES),
  stdin: process.stdin,
  readFile: readFileCapped,
});
