import { memoryIo } from '../../../support/memory-io.js';
import { fakeDohFetch, type FakeReply } from '../../../support/fake-doh-fetch.js';
import type { Question } from '../../../../src/dns/types.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** What the in-process CLI reads instead of a file: the bytes, or the system's error code. */
export type FileContent = Uint8Array | { errorCode: string };

/**
 * An in-process CliIo for one generated run: resolvers answer from `reply`, every file the
 * command reads holds `file`, standard input (`check --domains -`) holds `stdin`, stdout and
 * stderr are kept apart.
 */
export function fuzzIo(file: FileContent, reply: (question: Question, resolverUrl: string) => FakeReply = () => ({ answers: [] }), stdin?: Uint8Array) {
  return memoryIo({
    fetch: fakeDohFetch(reply).fetch,
    ...(stdin === undefined ? {} : { stdin: (async function* () { yield stdin; })() }),
    readFile: async (_path, maxBytes) => {
      if (!(file instanceof Uint8Array)) throw Object.assign(new Error(file.errorCode), { code: file.errorCode });
      return file.subarray(0, maxBytes + 1);
    },
  });
}
