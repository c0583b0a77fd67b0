/**
 * The bit stream inside a DSA2 code: fields of any width, most significant bit first, and
 * small numbers (lengths, indexes) as 3-bit groups each led by a "more follows" bit, so that
 * 0–7 take 4 bits and 8–63 take 8.
 */
export class BitWriter {
  private readonly bits: number[] = [];

  write(value: bigint | number, width: number): void {
    const big = BigInt(value);
    for (let i = width - 1; i >= 0; i--) this.bits.push(Number((big >> BigInt(i)) & 1n));
  }

  writeSmall(value: number): void {
    const groups: number[] = [];
    let rest = value;
    do {
      groups.push(rest & 7);
      rest >>>= 3;
    } while (rest > 0);
    groups.forEach((group, i) => this.write((i < groups.length - 1 ? 8 : 0) | group, 4));
  }

  append(other: BitWriter): void {
    this.bits.push(...other.bits);
  }

  get length(): number {
    return this.bits.length;
  }

  /** The stream as 5-bit symbols, the last one padded with zero bits. */
  symbols(): number[] {
    const symbols: number[] = [];
    for (let i = 0; i < this.bits.length; i += 5) {
      let symbol = 0;
      for (let j = 0; j < 5; j++) symbol = (symbol << 1) | (this.bits[i + j] ?? 0);
      symbols.push(symbol);
    }
    return symbols;
  }
}

/** Thrown when a field runs past the end or breaks a rule: the code is damaged, whatever the field. */
export class DamagedCode extends Error {}

/** Small numbers larger than this are refused: no field of a real code comes near it. */
const SMALL_LIMIT = 1 << 15;

export class BitReader {
  private position = 0;
  private readonly bits: number[];

  constructor(symbols: readonly number[]) {
    this.bits = symbols.flatMap((symbol) => [4, 3, 2, 1, 0].map((shift) => (symbol >> shift) & 1));
  }

  read(width: number): bigint {
    if (this.position + width > this.bits.length) throw new DamagedCode('the code ends too early');
    let value = 0n;
    for (let i = 0; i < width; i++) value = (value << 1n) | BigInt(this.bits[this.position++] ?? 0);
    return value;
  }

  readNumber(width: number): number {
    return Number(this.read(width));
  }

  readSmall(): number {
    let value = 0;
    for (let shift = 0; ; shift += 3) {
      const group = this.readNumber(4);
      value += (group & 7) * 2 ** shift;
      if (value > SMALL_LIMIT) throw new DamagedCode('a length or index is out of range');
      if ((group & 8) !== 0) continue;
      // One spelling per number: a last group of zeros after the first is padding no encoder writes.
      if (group === 0 && shift > 0) throw new DamagedCode('a number is written with a needless group');
      return value;
    }
  }

  /** Only the zero bits that pad the last symbol may be left: anything else is not a code this encoder wrote. */
  finish(): void {
    const rest = this.bits.slice(this.position);
    if (rest.length >= 5 || rest.some((bit) => bit !== 0)) throw new DamagedCode('bits are left over');
  }
}
