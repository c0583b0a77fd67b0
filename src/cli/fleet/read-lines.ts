import { joinBytes } from '../../lib/bytes.js';

/**
 * The lines of a domains file as they arrive, whatever its size: only the line being read is held,
 * and only its first `maxBytes` bytes (node:readline would hold a whole 1 GB line). Lines end at
 * LF; a CR before it and a UTF-8 byte-order mark at the start are dropped, as editors write them.
 */
export interface FileLine {
  /** 1-based line number in the file. */
  number: number;
  /** The line's text; only its first maxBytes bytes when `problem` is too-long, U+FFFD for bad bytes when not-utf8. */
  text: string;
  problem?: 'too-long' | 'not-utf8';
}

const LF = 0x0a;
const exact = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });
const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });

export async function* readLines(chunks: AsyncIterable<Uint8Array>, maxBytes: number): AsyncGenerator<FileLine> {
  let held: Uint8Array[] = [];
  let heldBytes = 0;
  let tooLong = false;
  let number = 0;

  const finish = (): FileLine => {
    const line = toLine(++number, joinBytes(held), tooLong);
    held = [];
    heldBytes = 0;
    tooLong = false;
    return line;
  };
  const hold = (part: Uint8Array): void => {
    const room = maxBytes - heldBytes;
    if (part.byteLength > room) tooLong = true;
    const kept = part.byteLength > room ? part.subarray(0, Math.max(0, room)) : part;
    // Copied: the stream may reuse its buffer for the next chunk.
    if (kept.byteLength > 0) held.push(kept.slice());
    heldBytes += kept.byteLength;
  };

  for await (const chunk of chunks) {
    let start = 0;
    for (let end = chunk.indexOf(LF, start); end !== -1; end = chunk.indexOf(LF, start)) {
      hold(chunk.subarray(start, end));
      yield finish();
      start = end + 1;
    }
    hold(chunk.subarray(start));
  }
  if (heldBytes > 0 || tooLong) yield finish();
}

function toLine(number: number, bytes: Uint8Array, tooLong: boolean): FileLine {
  const clean = (text: string) => {
    const withoutCr = text.endsWith('\r') ? text.slice(0, -1) : text;
    return number === 1 && withoutCr.startsWith('\uFEFF') ? withoutCr.slice(1) : withoutCr;
  };
  // A line cut at maxBytes may end inside a character: only its start is shown, so decode it leniently.
  if (tooLong) return { number, text: clean(lossy.decode(bytes)), problem: 'too-long' };
  try {
    return { number, text: clean(exact.decode(bytes)) };
  } catch {
    return { number, text: clean(lossy.decode(bytes)), problem: 'not-utf8' };
  }
}
