import { Buffer } from 'buffer';
import { decode } from 'dns-packet';
import type { DecodedPacket } from 'dns-packet';
import { LocalizedError } from '../../lib/localized-error.js';
import { encodeQuery, toDohAnswer } from '../doh.js';
import type { DohAnswer, Question } from '../types.js';
import { nameServerMessages as say } from './messages.js';
import type { DnsTransport, ServerAddress } from './transport.js';
import { nameKey } from '../../records/names/name-key.js';

/** What one name server of the zone is asked: the zone it must answer for, where it is. */
export interface NameServerTarget {
  /** The name server's name (`ns1.example.com`), as the zone's NS records give it. */
  name: string;
  address: ServerAddress;
  zone: string;
}

/** Bits of the DNS header (RFC 1035 §4.1.1) dns-packet leaves as a number: no RD, no AD. */
const NO_FLAGS = 0;

/**
 * One question to one of the zone's own name servers, the way resolvers ask it (RFC 1035
 * §4.2): UDP with EDNS first, TCP when the answer is truncated (RFC 7766 §5). The reply must
 * carry our random id and our question (a stray or spoofed datagram is not an answer) and, when
 * it answers, the AA flag: a server that no longer serves the zone answers with a referral or
 * from its cache, which says nothing about the zone. Failures throw a LocalizedError.
 */
export async function askNameServer(target: NameServerTarget, question: Question, transport: DnsTransport, signal: AbortSignal): Promise<DohAnswer> {
  const name = nameKey(question.name);
  const id = randomId();
  const query = encodeQuery(name, question.type, { id, flags: NO_FLAGS });
  const send = (protocol: 'udp' | 'tcp') => exchange(target, query, protocol, transport, signal);
  let packet = await send('udp');
  checkReply(target, packet, id, name, question.type);
  if (packet.flag_tc) {
    packet = await send('tcp');
    checkReply(target, packet, id, name, question.type);
    if (packet.flag_tc) throw new LocalizedError(say.truncated(target.name));
  }
  const answer = toDohAnswer(packet);
  if ((answer.rcode === 'NOERROR' || answer.rcode === 'NXDOMAIN') && !speaksForZone(answer, packet, target.zone)) throw new LocalizedError(say.notAuthoritative(target.name, target.zone));
  return answer;
}

async function exchange(target: NameServerTarget, query: Uint8Array, protocol: 'udp' | 'tcp', transport: DnsTransport, signal: AbortSignal): Promise<DecodedPacket> {
  let reply: Uint8Array;
  try {
    reply = await transport.exchange(query, target.address, protocol, signal);
  } catch (error) {
    if (signal.aborted) throw error;
    throw new LocalizedError(say.unreachable(target.name, shownAddress(target.address), (error as Error).message), { cause: error });
  }
  try {
    return decode(Buffer.from(reply.buffer, reply.byteOffset, reply.byteLength));
  } catch (error) {
    throw new LocalizedError(say.notDnsMessage(target.name, (error as Error).message), { cause: error });
  }
}

/**
 * AA set, and a negative answer carries the zone's own SOA (RFC 2308 §3): a server that serves a
 * parent zone instead (or the empty `test.` zone resolvers hold) answers NXDOMAIN with AA too,
 * which says nothing about this zone.
 */
function speaksForZone(answer: DohAnswer, packet: DecodedPacket, zone: string): boolean {
  if (!packet.flag_aa) return false;
  return answer.records.length > 0 || answer.soa?.zone === zone;
}

function checkReply(target: NameServerTarget, packet: DecodedPacket, id: number, name: string, type: Question['type']): void {
  const echoed = packet.questions?.[0];
  const sameQuestion = echoed !== undefined && nameKey(echoed.name) === name && echoed.type === type;
  if (!packet.flag_qr || packet.id !== id || !sameQuestion) throw new LocalizedError(say.wrongReply(target.name, name, type));
}

function randomId(): number {
  return crypto.getRandomValues(new Uint16Array(1))[0]!;
}

export function shownAddress(address: ServerAddress): string {
  const ip = address.ip.includes(':') ? `[${address.ip}]` : address.ip;
  return `${ip}:${address.port}`;
}
