import type { DohFetch } from '../dns/doh.js';

/**
 * Everything the CLI touches outside itself, passed in: the entry wires it to the process,
 * and a test can run a command in-process with its own fetch and buffers.
 */
export interface CliIo {
  env: Readonly<Record<string, string | undefined>>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** The progress line is only drawn on a terminal: `\r` updates would litter a log or a pipe. */
  stderrIsTty: boolean;
  fetch: typeof fetch;
  /** The resolvers' DoH requests (the entry gives undici's keep-alive client: a fleet sends thousands); `fetch` when absent. */
  dohFetch?: DohFetch;
  /** What `check --domains -` reads; absent where there is no standard input to read (in-process tests). */
  stdin?: AsyncIterable<Uint8Array>;
  /**
   * A file's bytes, at most `maxBytes + 1` of them (one more says "too big" without reading it
   * all); rejects with the system's error (its `code`, such as ENOENT). Optional: in-process
   * tests of commands that read no file leave it out.
   */
  readFile?: (path: string, maxBytes: number) => Promise<Uint8Array>;
}

/** What the resolvers are asked through. */
export const resolverFetch = (io: CliIo): DohFetch => io.dohFetch ?? io.fetch;
