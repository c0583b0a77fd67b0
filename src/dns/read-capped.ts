import { joinBytes } from '../lib/bytes.js';

/** A body over the cap: refused before it is read (Content-Length) or as soon as it passes the cap. */
export class BodyTooBig extends Error {
  constructor(readonly maxBytes: number) {
    super(`The answer is larger than ${maxBytes} bytes.`);
  }
}

/**
 * Reads a response body of at most `maxBytes`, so a hostile or broken server cannot fill the
 * service worker's (or the CLI's) memory within a timeout. Throws BodyTooBig, or what the stream threw.
 */
export async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  if (Number(response.headers.get('content-length')) > maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw new BodyTooBig(maxBytes);
  }
  if (!response.body) return new Uint8Array(0);
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw new BodyTooBig(maxBytes);
    }
    chunks.push(value);
  }
  return joinBytes(chunks);
}
