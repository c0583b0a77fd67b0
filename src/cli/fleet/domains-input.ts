import { open } from 'node:fs/promises';
import type { CliIo } from '../cli-io.js';
import { UsageError } from '../usage-error.js';
import { fleetMessages } from './fleet-messages.js';

/**
 * The bytes of `--domains FILE` (or standard input for `-`), as a stream: a file of any size is
 * read chunk by chunk. The file is opened before the first query, so a wrong path costs nothing;
 * a read that fails later (a disk error, a directory) is the same usage error.
 */
export async function openDomains(path: string, io: CliIo): Promise<AsyncIterable<Uint8Array>> {
  const refuse = (error: unknown) => new UsageError(fleetMessages.cannotRead(path, (error as NodeJS.ErrnoException).code ?? 'error'));
  if (path === '-') {
    if (io.stdin === undefined) throw refuse({ code: 'no standard input' });
    return io.stdin;
  }
  const file = await open(path, 'r').catch((error: unknown) => {
    throw refuse(error);
  });
  return (async function* () {
    try {
      for await (const chunk of file.createReadStream({ autoClose: false })) yield chunk as Uint8Array;
    } catch (error) {
      throw refuse(error);
    } finally {
      await file.close();
    }
  })();
}
