import { describe, expect, it } from 'vitest';
import { relativeSoaOwner } from '../../../../src/records/zone-file/origin.js';
import { readZone, type ReadZone } from '../../../../src/records/zone-file/read.js';
import { expectSentences } from '../sentences.js';

const zone = (...lines: string[]): string => lines.join('\n') + '\n';
const records = (read: ReadZone) => read.records.map(({ line, record }) => ({ line, ...record }));
const SOA = '@ SOA ns1 hostmaster 1 3600 900 604800 300';

describe('readZone: the zone and its origin', () => {
  it('starts from the caller’s origin, else the first absolute $ORIGIN wherever it is, else the SOA owner', () => {
    expect(readZone('www 60 A 192.0.2.1', { origin: 'example.com' }).origin).toBe('example.com');
    expect(readZone(zone('$TTL 60', 'a.example.net. A 192.0.2.1', '$ORIGIN Example.NET.', 'www A 192.0.2.2')).origin).toBe('example.net');
    expect(readZone(zone('example.org. 60 SOA ns1 hostmaster 1 2 3 4 5', 'www 60 A 192.0.2.1')).origin).toBe('example.org');
    expect(readZone(zone('$ORIGIN sub', '@ 60 SOA ns1 hostmaster 1 2 3 4 5')).origin).toBeUndefined();
    expect(readZone(zone('$ORIGIN .', 'example 60 SOA ns1.example. hm.example. 1 2 3 4 5')).origin).toBe('');
  });
  it('names the SOA owner written without its final dot (Cloudflare’s exports) as a zone to suggest, never assumes it', () => {
    const cloudflare = zone(';; Domain:     example.com.', 'example.com\t3600\tIN\tSOA\tns.example.net. dns.example.net. 1 2 3 4 5', 'www.example.com.\t1\tIN\tA\t192.0.2.1');
    expect(readZone(cloudflare).origin).toBeUndefined();
    expect(relativeSoaOwner(cloudflare)).toBe('example.com');
    expect(relativeSoaOwner(zone('@ 60 SOA ns1 hostmaster 1 2 3 4 5'))).toBeUndefined();
    expect(relativeSoaOwner(zone('example.org. 60 SOA ns1 hostmaster 1 2 3 4 5'))).toBeUndefined();
    expect(relativeSoaOwner(zone('www 60 A 192.0.2.1'))).toBeUndefined();
  });
  it('applies later $ORIGIN lines as they come, relative to the one before, and $ORIGIN . is the root', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', 'a A 192.0.2.1', '$ORIGIN sub', 'b A 192.0.2.2', '$ORIGIN .', 'c.example.com A 192.0.2.3'));
    expect(read.errors).toEqual([]);
    expect(read.records.map((entry) => entry.record.name)).toEqual(['a.example.com', 'b.sub.example.com', 'c.example.com']);
  });
  it('ends a line at a CR alone (classic Mac line ends), as BIND does, and numbers lines as an editor shows them', () => {
    const read = readZone('$ORIGIN example.com.\r$TTL 60\rwww A 192.0.2.1\r  AAAA ::1\r\nmx MX 10 mail\r');
    expect(read.errors).toEqual([]);
    expect(records(read).map((record) => `${record.line} ${record.name} ${record.type}`)).toEqual(['3 www.example.com A', '4 www.example.com AAAA', '5 mx.example.com MX']);
  });
  it('reads an escaped line end inside a quoted string as data, and counts the line', () => {
    const read = readZone(zone('$TTL 60', 't.example. TXT "one\\', 'two" "three"', 'a.example. A 192.0.2.1'));
    expect(read.errors).toEqual([]);
    expect(records(read).map((record) => `${record.line} ${record.value}`)).toEqual(['2 one\ntwothree', '4 192.0.2.1']);
  });
  it('keeps an inherited owner as it was resolved, across a later $ORIGIN', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', 'www A 192.0.2.1', '$ORIGIN other.net.', '  AAAA ::1'));
    expect(read.records.map((entry) => entry.record.name)).toEqual(['www.example.com', 'www.example.com']);
  });
  it('collects the name servers and the SOA of the origin', () => {
    const read = readZone(zone('$ORIGIN example.com.', '@ 3600 SOA ns1 hostmaster 1 3600 900 604800 300', '  NS ns1', '  NS ns2.example.net.', 'sub NS ns3'));
    expect(read.nameservers).toEqual(['ns1.example.com', 'ns2.example.net']);
    expect(read.soa).toEqual({ ttl: 3600, minimum: 300 });
  });
});

describe('readZone: TTLs as BIND gives them', () => {
  it('an entry’s own TTL, in seconds or units, else $TTL', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 1h', 'a 1h30m A 192.0.2.1', 'b 2D A 192.0.2.2', 'c A 192.0.2.3'));
    expect(read.records.map((entry) => entry.record.ttl)).toEqual([5400, 172800, 3600]);
  });
  it('without $TTL, the last TTL given (RFC 1035)', () => {
    const read = readZone(zone('$ORIGIN example.com.', '@ 86400 SOA ns1 hostmaster 1 2 3 4 300', 'a 7200 A 192.0.2.1', 'b A 192.0.2.2'));
    expect(records(read).map((record) => record.ttl)).toEqual([7200, 7200]);
  });
  it('without $TTL, when the SOA comes first without a TTL, its MINIMUM for every record without one', () => {
    const read = readZone(zone('$ORIGIN example.com.', SOA, 'a 7200 A 192.0.2.1', 'b A 192.0.2.2', 'c MX 10 a'));
    expect(records(read).map((record) => record.ttl)).toEqual([7200, 300, 300]);
  });
  it('no TTL at all is an error unless the caller gives a default', () => {
    const text = zone('$ORIGIN example.com.', 'a A 192.0.2.1');
    expect(readZone(text).errors.map((error) => error.line)).toEqual([2]);
    expectSentences(readZone(text).errors.map((error) => error.reason), '$TTL');
    expect(records(readZone(text, { defaultTtl: 120 }))[0]?.ttl).toBe(120);
  });
  it('a TTL over 2^31 − 1 is served as 0 (RFC 2181 §8), a bare number after units is not a TTL', () => {
    expect(records(readZone('a.example. 3000000000 A 192.0.2.1'))[0]?.ttl).toBe(0);
    expect(readZone('a.example. 1h30 A 192.0.2.1').errors).toHaveLength(1);
  });
});

describe('readZone: entries', () => {
  it('reads the class and the TTL in either order, TYPEnnn and CLASSnnn, any case', () => {
    const read = readZone(zone('$ORIGIN example.com.', 'a IN 60 A 192.0.2.1', 'b 60 in a 192.0.2.2', 'c CLASS1 60 TYPE1 192.0.2.3', 'd 60 mx 10 @'));
    expect(read.errors).toEqual([]);
    expect(records(read).map((record) => `${record.name} ${record.type} ${record.value}`)).toEqual([
      'a.example.com A 192.0.2.1',
      'b.example.com A 192.0.2.2',
      'c.example.com A 192.0.2.3',
      'd.example.com MX example.com',
    ]);
  });
  it('gives each record the line it starts on, over parentheses and comments', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', '; a comment', 'dkim TXT ( "v=DKIM1; " ; first part', '   "p=MIIB" )', 'b A 192.0.2.1'));
    expect(records(read).map((record) => [record.line, record.value])).toEqual([
      [4, 'v=DKIM1; p=MIIB'],
      [6, '192.0.2.1'],
    ]);
  });
  it('reads owners of any form: underscores, +, escapes, a wildcard, and targets at the root', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', 'a\\.b A 192.0.2.1', '\\065+_x A 192.0.2.2', 'sp\\ ace\\009 A 192.0.2.3', '* MX 10 .', 'alias CNAME .', 'srv SRV 0 0 0 .', 'www A 192.0.2.4'));
    expect(read.errors).toEqual([]);
    expect(records(read).map((record) => `${record.name} ${record.value}`)).toEqual([
      'a\\.b.example.com 192.0.2.1',
      'a+_x.example.com 192.0.2.2',
      'sp\\032ace\\009.example.com 192.0.2.3',
      '*.example.com ',
      'alias.example.com ',
      'srv.example.com ',
      'www.example.com 192.0.2.4',
    ]);
  });
  it('reads IDN owners as their xn-- form, whether written in Unicode or as UTF-8 bytes', () => {
    const read = readZone(zone('$TTL 60', 'exämple.com. A 192.0.2.1', 'ex\\195\\164mple.com. A 192.0.2.2'));
    expect(records(read).map((record) => record.name)).toEqual(['xn--exmple-cua.com', 'xn--exmple-cua.com']);
  });
  it('reads quoted strings with escapes', () => {
    const read = readZone(zone('$TTL 60', 't.example. TXT "a \\"b\\" \\\\ c\\059" bare "caf\\195\\169"'));
    expect(records(read).map((record) => record.value)).toEqual(['a "b" \\ c;barecafé']);
  });
  it('reads a string over 255 bytes as Knot DNS does (Azure and PowerDNS exports write DKIM keys so); refuses a record past 65,535 bytes', () => {
    const key = `v=DKIM1; k=rsa; p=${'A'.repeat(392)}`;
    const read = readZone(zone('$TTL 60', `long.example. TXT "${key}"`, `huge.example. TXT "${'x'.repeat(40_000)}" "${'y'.repeat(40_000)}"`));
    expect(records(read).map((record) => record.value)).toEqual([key]);
    expect(read.errors.map((error) => error.line)).toEqual([3]);
    expectSentences(read.errors.map((error) => error.reason), '65535');
  });
  it('reads RFC 3597 generic data of the types it holds', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', 'a A \\# 4 C0000201', 'mx MX \\# 8 000a 046d61696c 00', 't TYPE16 \\# 6 0568656C6C6F', 'h TXT \\# text'));
    expect(read.errors).toEqual([]);
    expect(records(read).map((record) => `${record.type} ${record.priority ?? ''} ${record.value}`)).toEqual(['A  192.0.2.1', 'MX 10 mail', 'TXT  hello', 'TXT  #text']);
  });
  it('refuses generic data whose length or digits are wrong', () => {
    for (const data of ['\\# 5 C0000201', '\\# 4 C000020100', '\\# 4 C00002GG', '\\# 3 C00002']) {
      const read = readZone(`a.example. 60 A ${data}`);
      expect(read.errors, data).toHaveLength(1);
      expectSentences(read.errors.map((error) => error.reason), '\\#');
    }
  });
});

describe('readZone: what is skipped, what is refused', () => {
  it('skips other types (mnemonic, TYPEnnn, a provider’s ALIAS, cli53’s AWS ALIAS), $INCLUDE and $GENERATE, with a sentence each', () => {
    const read = readZone(zone('$ORIGIN example.com.', '$TTL 60', SOA, '@ NS ns1', '@ CAA 0 issue "ca.example"', 'x TYPE65280 \\# 1 00', '@ ALIAS target.example.net.', '$INCLUDE other.zone', '$GENERATE 1-3 h$ A 192.0.2.$', 'www 300 AWS ALIAS A lb.example.net. Z2ABC false'));
    expect(read.errors).toEqual([]);
    expect(read.skipped.map((line) => [line.line, line.type])).toEqual([
      [3, 'SOA'],
      [4, 'NS'],
      [5, 'CAA'],
      [6, 'TYPE65280'],
      [7, 'ALIAS'],
      [8, undefined],
      [9, undefined],
      [10, 'ALIAS'],
    ]);
    expectSentences(read.skipped.map((line) => line.reason), 'SOA', 'CAA', 'other.zone', '$GENERATE');
  });
  it('skips a TXT whose bytes are not UTF-8 text', () => {
    const read = readZone('t.example. 60 TXT "\\255"');
    expect(read.records).toEqual([]);
    expect(read.skipped.map((line) => line.type)).toEqual(['TXT']);
  });
  it('refuses, with the line, what BIND refuses', () => {
    for (const [text, line, mention] of [
      [zone('  A 192.0.2.1'), 1, '@'],
      [zone('$TTL 60', 'a.example. FOO bar'), 2, 'FOO'],
      [zone('$TTL 60', 'a.example. CH A 192.0.2.1'), 2, 'CH'],
      [zone('$TTL 60', 'a.example. AWS A 192.0.2.1'), 2, 'AWS'],
      [zone('$TTL 60', 'a.example. TYPE255 \\# 0'), 2, 'ANY'],
      [zone('$TTL 60', 'a.example. NS'), 2, 'NS'],
      // BIND: an unquoted \# first is generic data, which needs its length (only TXT may hold "#").
      [zone('$TTL 60', 'a.example. NS \\#'), 2, '\\#'],
      [zone('$TTL 60', 'a.example. TYPE65280 \\#'), 2, '\\#'],
      // RFC 3597 §5: a type known by its number alone has no text form.
      [zone('$TTL 60', 'a.example. TYPE65280 foo'), 2, '\\# 2 0a0b'],
      [zone('$TTL 60', 'a.example. TYPE0 \\# 0'), 2, 'TYPE0'],
      [zone('$TTL 60', 'a..example. A 192.0.2.1'), 2, 'a..example.'],
      [zone('$TTL 60', `${'a'.repeat(64)}.example. A 192.0.2.1`), 2, '63'],
      [zone('$TTL 60', 'a.example. A 010.0.0.1'), 2, '010.0.0.1'],
      [zone('$TTL 60', 'a.example. MX 70000 b.example.'), 2, '70000'],
      [zone('$TTL 60', 'a.example. A \\300'), 2, '192.0.2.10'],
      [zone('$FOO bar'), 1, '$FOO'],
      [zone('$TTL'), 1, '$TTL'],
      [zone('$TTL 60', 'a.example. A 192.0.2.1 \0'), 2, 'NUL'],
    ] as const) {
      const read = readZone(text);
      expect(read.errors.map((error) => error.line), text).toContain(line);
      expectSentences(read.errors.map((error) => error.reason), mention);
    }
  });
});
