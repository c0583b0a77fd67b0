import { readFileSync } from 'node:fs';
import type { DnsRecord } from '../../../../src/records/types.js';

/*
 * The stored outputs of the oracles (test/data/zones/*.named-compilezone.txt, *.dnspython.txt),
 * read by this test's own small reader, not by the parser under test: both print one record per
 * line, `name ttl class type rdata`, names absolute.
 */

export interface OracleRun {
  exit: number;
  stderr: string[];
  /** `name ttl TYPE rdata`, in the comparable form below. */
  records: string[];
}

export const DATA = 'test/data/zones';
const MODELED = new Set(['A', 'AAAA', 'CNAME', 'MX', 'TXT', 'SRV']);

export function readOracle(file: string, oracle: 'named-compilezone' | 'dnspython'): OracleRun {
  const lines = readFileSync(`${DATA}/${file}.${oracle}.txt`, 'utf8').split('\n');
  const exit = Number(/^;; exit: (\d+)$/.exec(lines[1] ?? '')?.[1]);
  const stderr = lines.filter((line) => line.startsWith(';; stderr: ')).map((line) => line.slice(11));
  const records: string[] = [];
  for (const line of lines) {
    const fields = /^(\S+)\s+(\d+)\s+IN\s+(\S+)\s*(.*)$/.exec(line);
    if (!fields || line.startsWith(';;')) continue;
    const [, name = '', ttl = '', type = '', rdata = ''] = fields;
    if (MODELED.has(type)) records.push(`${comparableName(name)} ${ttl} ${type} ${comparableRdata(type, rdata.trim())}`);
  }
  return { exit, stderr, records };
}

/** The same comparable form of one of our records. */
export function comparableRecord(record: DnsRecord): string {
  const target = (name: string) => (name === '' ? '.' : `${name}.`);
  const rdata = {
    A: () => record.value,
    AAAA: () => ipv6(record.value),
    CNAME: () => comparableName(target(record.value)),
    MX: () => `${record.priority} ${comparableName(target(record.value))}`,
    SRV: () => `${record.priority} ${record.weight} ${record.port} ${comparableName(target(record.value))}`,
    TXT: () => hex(new TextEncoder().encode(record.value)),
  }[record.type]();
  return `${comparableName(target(record.name))} ${record.ttl} ${record.type} ${rdata}`;
}

/** Names compare without the final dot, ASCII letters in lowercase (DNS names are case-insensitive). */
function comparableName(name: string): string {
  const bare = name === '.' ? '' : name.replace(/\.$/, '');
  return bare.replace(/[A-Z]/g, (letter) => letter.toLowerCase()) || '.';
}

function comparableRdata(type: string, rdata: string): string {
  const parts = rdata.split(/\s+/);
  if (type === 'AAAA') return ipv6(rdata);
  if (type === 'CNAME') return comparableName(rdata);
  if (type === 'MX') return `${parts[0]} ${comparableName(parts[1] ?? '')}`;
  if (type === 'SRV') return `${parts.slice(0, 3).join(' ')} ${comparableName(parts[3] ?? '')}`;
  if (type === 'TXT') return hex(txtBytes(rdata));
  return rdata;
}

/** WHATWG URL's IPv6 serializer, an implementation apart from ours. */
function ipv6(text: string): string {
  return new URL(`http://[${text}]/`).hostname;
}

/** `"a\"b" "c\255"` → the bytes of every string, joined (RFC 1035 §5.1 escapes). */
export function txtBytes(presentation: string): number[] {
  const bytes: number[] = [];
  for (const [, body = ''] of presentation.matchAll(/"((?:[^"\\]|\\.)*)"/gsu)) {
    for (let i = 0; i < body.length; i += 1) {
      if (body[i] === '\\' && /^[0-9]{3}/.test(body.slice(i + 1, i + 4))) {
        bytes.push(Number(body.slice(i + 1, i + 4)));
        i += 3;
      } else {
        const char = body[i] === '\\' ? body[++i] ?? '' : body[i] ?? '';
        bytes.push(...new TextEncoder().encode(char));
      }
    }
  }
  return bytes;
}

function hex(bytes: ArrayLike<number>): string {
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('') || '(empty)';
}
