import { Buffer } from 'buffer';
import { AUTHENTIC_DATA, RECURSION_DESIRED, decode, encode } from 'dns-packet';
import type { Answer, DecodedPacket, TxtData } from 'dns-packet';
import { LocalizedError } from '../lib/localized-error.js';
import type { DnsRecord } from '../records/types.js';
import { base64UrlEncode } from './base64url.js';
import { BodyTooBig, readCapped } from './read-capped.js';
import { resolverMessages as say } from './resolver/messages.js';
import { requireResolverUrl } from './resolver/url.js';
import type { DohAnswer, Question, ZoneSoa } from './types.js';
import { nameKey } from '../records/names/name-key.js';

/**
 * RFC 8484 DNS-over-HTTPS on an injected `fetch`, so the same code runs in the MV3 service
 * worker (no XMLHttpRequest there), extension pages, Node and tests. dns-packet does the
 * wire format; `Buffer` comes from the npm `buffer` package so the browser build bundles it.
 * Failures throw a LocalizedError: the resolver pool reports it in every language.
 */

/**
 * An HTTP answer whose body the client has already read: what a lean HTTP client (the CLI's
 * undici) gives without building a fetch Response and its stream around a 100-byte message.
 */
export interface ReadHttpAnswer {
  status: number;
  headers: Pick<Headers, 'get'>;
  /** The body, cut at MAX_DNS_MESSAGE_BYTES + 1 bytes when longer: one byte more says "too big" without reading the rest. */
  bodyBytes: Uint8Array;
}

/** What the DoH client sends its requests through: any `fetch`, or a client answering ReadHttpAnswer. */
export type DohFetch = (url: URL, init: RequestInit) => Promise<Response | ReadHttpAnswer>;

export interface DohOptions {
  fetch: DohFetch;
  signal?: AbortSignal;
  /** GET (default) is cacheable by HTTP caches along the way; POST is there for servers that prefer it. */
  method?: 'GET' | 'POST';
}

export interface DohResult {
  answer: DohAnswer;
  /**
   * How long this answer may be reused, in seconds (RFC 2308 for negative answers);
   * undefined when it must not be cached (no TTL to go by, or a failure such as SERVFAIL).
   */
  cacheTtl?: number;
}

const DNS_MESSAGE = 'application/dns-message';
/** EDNS buffer size of DNS Flag Day 2020: long DKIM keys fit without truncation behind the DoH front end. */
const EDNS_UDP_PAYLOAD_SIZE = 1232;

export async function dohQuery(resolverUrl: string, question: Question, options: DohOptions): Promise<DohAnswer> {
  return (await dohExchange(resolverUrl, question, options)).answer;
}

/** dohQuery plus the cache lifetime the resolver pool needs (the TTLs of records we do not model, SOA). */
export async function dohExchange(resolverUrl: string, question: Question, options: DohOptions): Promise<DohResult> {
  const name = nameKey(question.name);
  const query = encodeQuery(name, question.type);
  let packet = await exchange(resolverUrl, query, name, question.type, options);
  // A truncated answer may lack records (RFC 2181 §9 says to ignore it and ask again over a
  // channel without the size limit). POST also passes HTTP caches that may hold a GET's copy.
  if (packet.flag_tc && options.method !== 'POST') packet = await exchange(resolverUrl, query, name, question.type, { ...options, method: 'POST' });
  // Still truncated: "could not check", never an empty answer that would read as "no such record".
  if (packet.flag_tc) throw new LocalizedError(say.truncated(resolverUrl));
  return { answer: toDohAnswer(packet), cacheTtl: cacheTtlOf(packet) };
}

async function exchange(resolverUrl: string, query: Uint8Array<ArrayBuffer>, name: string, type: Question['type'], options: DohOptions): Promise<DecodedPacket> {
  const response = await send(resolverUrl, query, options);
  const packet = await readDnsMessage(resolverUrl, response, options.signal);
  checkAnswersQuestion(resolverUrl, packet, name, type);
  return packet;
}

/**
 * A query with EDNS (buffer EDNS_UDP_PAYLOAD_SIZE). The defaults are a resolver's: RFC 8484 §4.1
 * id 0, so identical GET requests are identical URLs (HTTP-cacheable), and AD, which asks a
 * validating resolver to report DNSSEC status without the bulk of DO answers (RFC 6840 §5.7).
 * A name server is asked without recursion and with a random id (authoritative/query.ts).
 */
export function encodeQuery(name: string, type: Question['type'], header: { id: number; flags: number } = { id: 0, flags: RECURSION_DESIRED | AUTHENTIC_DATA }): Uint8Array<ArrayBuffer> {
  const packet = encode({
    type: 'query',
    ...header,
    questions: [{ type, name, class: 'IN' }],
    additionals: [
      {
        type: 'OPT',
        name: '.',
        udpPayloadSize: EDNS_UDP_PAYLOAD_SIZE,
        extendedRcode: 0,
        ednsVersion: 0,
        flags: 0,
        flag_do: false,
        options: [],
      },
    ],
  });
  // A plain Uint8Array copy: fetch bodies must be ArrayBuffer-backed views, which a Buffer's type is not.
  return Uint8Array.from(packet);
}

async function send(resolverUrl: string, query: Uint8Array<ArrayBuffer>, options: DohOptions): Promise<Response | ReadHttpAnswer> {
  // Called unbound on purpose: window.fetch throws "Illegal invocation" when called as a method of another object.
  const fetchFn = options.fetch;
  const headers = { accept: DNS_MESSAGE };
  const init: RequestInit =
    options.method === 'POST'
      ? { method: 'POST', headers: { ...headers, 'content-type': DNS_MESSAGE }, body: query }
      : { method: 'GET', headers };
  // A resolver answers at its own address: a redirect (to plain http, to another host) is refused, so
  // every answer comes from the URL the report names.
  init.redirect = 'manual';
  const url = options.method === 'POST' ? new URL(requireResolverUrl(resolverUrl)) : withDnsParameter(resolverUrl, query);
  if (options.signal) init.signal = options.signal;
  let response: Response | ReadHttpAnswer;
  try {
    response = await fetchFn(url, init);
  } catch (error) {
    throw transportError(resolverUrl, error, options.signal);
  }
  if (isRedirect(response)) {
    await discardBody(response);
    throw new LocalizedError(say.redirected(resolverUrl, redirectTarget(response, url)));
  }
  if (response.status !== 200) {
    await discardBody(response);
    throw new LocalizedError(say.httpStatus(resolverUrl, response.status));
  }
  const mediaType = (response.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (mediaType !== DNS_MESSAGE) {
    await discardBody(response);
    throw new LocalizedError(say.wrongContentType(resolverUrl, mediaType, DNS_MESSAGE));
  }
  return response;
}

/** A body not to be read: a fetch stream is cancelled (its connection freed); a body already read has nothing to free. */
async function discardBody(response: Response | ReadHttpAnswer): Promise<void> {
  if (!('bodyBytes' in response)) await response.body?.cancel().catch(() => undefined);
}

/**
 * A DNS message is at most 65,535 bytes (its length is 16 bits in DNS over TCP, RFC 1035 §4.2.2,
 * and DoH carries the same messages). A bigger body is not an answer: it is refused before it is
 * read, or as soon as it passes the limit, so a hostile or broken resolver cannot fill the service
 * worker's (or the CLI's) memory within the check's timeout.
 */
export const MAX_DNS_MESSAGE_BYTES = 65_535;

async function readDnsMessage(resolverUrl: string, response: Response | ReadHttpAnswer, signal: AbortSignal | undefined): Promise<DecodedPacket> {
  const body = await readBoundedBody(resolverUrl, response, signal);
  try {
    return decode(Buffer.from(body.buffer, body.byteOffset, body.byteLength));
  } catch (error) {
    throw new LocalizedError(say.notDnsMessage(resolverUrl, (error as Error).message), { cause: error });
  }
}

async function readBoundedBody(resolverUrl: string, response: Response | ReadHttpAnswer, signal: AbortSignal | undefined): Promise<Uint8Array> {
  if ('bodyBytes' in response) {
    if (response.bodyBytes.byteLength > MAX_DNS_MESSAGE_BYTES) throw new LocalizedError(say.tooBig(resolverUrl, MAX_DNS_MESSAGE_BYTES));
    return response.bodyBytes;
  }
  try {
    return await readCapped(response, MAX_DNS_MESSAGE_BYTES);
  } catch (error) {
    if (error instanceof BodyTooBig) throw new LocalizedError(say.tooBig(resolverUrl, MAX_DNS_MESSAGE_BYTES));
    throw transportError(resolverUrl, error, signal);
  }
}

function checkAnswersQuestion(resolverUrl: string, packet: DecodedPacket, name: string, type: Question['type']): void {
  const echoed = packet.questions?.[0];
  const sameQuestion = !echoed || (nameKey(echoed.name) === name && echoed.type === type);
  if (!packet.flag_qr || !sameQuestion) {
    throw new LocalizedError(say.wrongQuestion(resolverUrl, name, type));
  }
}

/** A decoded DNS message as the check reads it (records of the model's types, rcode, SOA, negative TTL). */
export function toDohAnswer(packet: DecodedPacket): DohAnswer {
  const records: DnsRecord[] = [];
  const nameservers: string[] = [];
  for (const answer of packet.answers ?? []) {
    if (answer.type === 'NS') nameservers.push(nameKey(answer.data));
    const record = toRecord(answer);
    if (record) records.push(record);
  }
  // dns-packet decodes the rcode but its type definitions leave it out.
  const rcode = (packet as DecodedPacket & { rcode?: string }).rcode ?? 'NOERROR';
  const answer: DohAnswer = { rcode, ad: packet.flag_ad, records, nameservers };
  // How long resolvers may keep saying "no such record" after it is added (RFC 2308).
  const negativeTtl = records.length === 0 ? cacheTtlOf(packet) : undefined;
  if (negativeTtl !== undefined) answer.negativeTtl = negativeTtl;
  const soa = soaOf(packet);
  if (soa) answer.soa = soa;
  return answer;
}

/** The SOA of the answer (a question on the apex), else of the authority section (a negative answer). */
function soaOf(packet: DecodedPacket): ZoneSoa | undefined {
  const soa = [...(packet.answers ?? []), ...(packet.authorities ?? [])].find((record) => record.type === 'SOA');
  if (soa?.type !== 'SOA') return undefined;
  return { zone: nameKey(soa.name), primary: nameKey(soa.data.mname) };
}

/** The answer-section records of the model's types; other types (RRSIG, DNAME…) are left out. */
function toRecord(answer: Answer): DnsRecord | undefined {
  const base = { name: nameKey(answer.name), ttl: 'ttl' in answer ? (answer.ttl ?? 0) : 0 };
  switch (answer.type) {
    case 'A':
    case 'AAAA':
      return { ...base, type: answer.type, value: answer.data.toLowerCase() };
    case 'CNAME':
      return { ...base, type: 'CNAME', value: nameKey(answer.data) };
    case 'MX':
      return { ...base, type: 'MX', value: nameKey(answer.data.exchange), priority: answer.data.preference ?? 0 };
    case 'TXT':
      return { ...base, type: 'TXT', value: joinTxt(answer.data) };
    case 'SRV':
      return {
        ...base,
        type: 'SRV',
        value: nameKey(answer.data.target),
        priority: answer.data.priority ?? 0,
        weight: answer.data.weight ?? 0,
        port: answer.data.port,
      };
    default:
      return undefined;
  }
}

/** The character-strings of a TXT record joined with nothing between them, as SPF (RFC 7208 §3.3) and DKIM read them. */
function joinTxt(data: TxtData): string {
  const parts = Array.isArray(data) ? data : [data];
  // Joined as bytes before decoding, so a UTF-8 character split across two strings survives.
  return Buffer.concat(parts.map((part) => (typeof part === 'string' ? Buffer.from(part) : part))).toString('utf8');
}

function cacheTtlOf(packet: DecodedPacket): number | undefined {
  const rcode = (packet as DecodedPacket & { rcode?: string }).rcode;
  if (rcode !== 'NOERROR' && rcode !== 'NXDOMAIN') return undefined;
  const answers = (packet.answers ?? []).filter((answer) => answer.type !== 'OPT');
  if (answers.length > 0) return Math.min(...answers.map((answer) => ('ttl' in answer ? (answer.ttl ?? 0) : 0)));
  // RFC 2308 §5: a negative answer lives as long as the smaller of the SOA's TTL and its MINIMUM field.
  const soa = (packet.authorities ?? []).find((record) => record.type === 'SOA');
  if (soa?.type !== 'SOA') return undefined;
  return Math.min(soa.ttl ?? 0, soa.data.minimum ?? 0);
}

/** Node's fetch gives the 3xx itself; browsers give an opaque response of type "opaqueredirect" (status 0). */
function isRedirect(response: Response | ReadHttpAnswer): boolean {
  return ('type' in response && response.type === 'opaqueredirect') || (response.status >= 300 && response.status < 400);
}

/** Longer than any resolver address a person would read; a hostile Location header is cut there. */
const MAX_SHOWN_TARGET = 200;

/**
 * Where the resolver sent us, as an absolute URL (WHATWG parsing percent-encodes spaces and
 * control characters), or undefined where the browser hides it or the header is no URL.
 */
function redirectTarget(response: Response | ReadHttpAnswer, requested: URL): string | undefined {
  const location = response.headers.get('location');
  if (location === null) return undefined;
  let target: string;
  try {
    target = new URL(location, requested).href;
  } catch {
    return undefined;
  }
  return target.length > MAX_SHOWN_TARGET ? `${target.slice(0, MAX_SHOWN_TARGET)}…` : target;
}


function withDnsParameter(resolverUrl: string, query: Uint8Array): URL {
  // The shared rule also drops the `{?dns}` template suffix that resolver lists print.
  const endpoint = requireResolverUrl(resolverUrl);
  // base64url needs no escaping: without a query of its own the URL is written at once (a fleet sends thousands).
  if (!endpoint.includes('?')) return new URL(`${endpoint}?dns=${base64UrlEncode(query)}`);
  const url = new URL(endpoint);
  url.searchParams.set('dns', base64UrlEncode(query));
  return url;
}

function transportError(resolverUrl: string, error: unknown, signal: AbortSignal | undefined): LocalizedError {
  if (signal?.aborted) return new LocalizedError(say.cancelled(resolverUrl), { cause: error });
  // Node's fetch hides the reason (ECONNREFUSED, ENOTFOUND…) in `cause`; browsers only say "Failed to fetch".
  const cause = (error as { cause?: { code?: string; message?: string } }).cause;
  const detail = cause?.code ?? cause?.message ?? (error as Error).message;
  return new LocalizedError(say.unreachable(resolverUrl, detail), { cause: error });
}
