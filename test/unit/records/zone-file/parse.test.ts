import { describe, expect, it } from 'vitest';
import { parseTtlText } from '../../../../src/records/zone-file/parse.js';
import { parseRdata, parseRecordLine, parseZone } from '../../../../src/records/zone-file/index.js';
import { expectSentences } from '../sentences.js';

const origin = 'example.com';

describe('parseRdata', () => {
  it('reads each type', () => {
    expect(parseRdata('A', '192.0.2.10', origin)).toEqual({ ok: true, fields: { value: '192.0.2.10' } });
    expect(parseRdata('AAAA', '2001:DB8:0::10', origin)).toEqual({ ok: true, fields: { value: '2001:db8::10' } });
    expect(parseRdata('CNAME', 'autodiscover.outlook.com.', origin)).toEqual({ ok: true, fields: { value: 'autodiscover.outlook.com' } });
    expect(parseRdata('MX', '10 mx1.example.com.', origin)).toEqual({ ok: true, fields: { priority: 10, value: 'mx1.example.com' } });
    expect(parseRdata('SRV', '0 0 443 ex5.mail.ovh.net.', origin)).toEqual({
      ok: true,
      fields: { priority: 0, weight: 0, port: 443, value: 'ex5.mail.ovh.net' },
    });
  });
  it('completes relative targets with the origin', () => {
    expect(parseRdata('MX', '10 mail', origin)).toEqual({ ok: true, fields: { priority: 10, value: 'mail.example.com' } });
    expect(parseRdata('CNAME', '@', origin)).toEqual({ ok: true, fields: { value: 'example.com' } });
  });
  it('reads a null MX', () => {
    expect(parseRdata('MX', '0 .', origin)).toEqual({ ok: true, fields: { priority: 0, value: '' } });
  });
  it('reads TXT strings with escapes, joined', () => {
    expect(parseRdata('TXT', '"v=spf1 " "mx ~all"', origin)).toEqual({ ok: true, fields: { value: 'v=spf1 mx ~all' } });
    expect(parseRdata('TXT', '"a \\"quoted\\" \\\\ word"', origin)).toEqual({ ok: true, fields: { value: 'a "quoted" \\ word' } });
    expect(parseRdata('TXT', 'bare', origin)).toEqual({ ok: true, fields: { value: 'bare' } });
    expect(parseRdata('TXT', '"caf\\195\\169 ; not a comment"', origin)).toEqual({ ok: true, fields: { value: 'café ; not a comment' } });
    // A character whose bytes straddle two strings is read whole.
    expect(parseRdata('TXT', '"caf\\195" "\\169"', origin)).toEqual({ ok: true, fields: { value: 'café' } });
    expect(parseRdata('TXT', '"x" ; comment', origin)).toEqual({ ok: true, fields: { value: 'x' } });
  });
  it('says how many parts the data needs', () => {
    const result = parseRdata('MX', 'mx1.example.com.', origin);
    expect(result.ok).toBe(false);
    if (!result.ok) expectSentences(result.problems, 'mx1.example.com.', '10 mx1.example.com.');
    const srv = parseRdata('SRV', '0 443 ex5.mail.ovh.net.', origin);
    if (!srv.ok) expectSentences(srv.problems, '0 443 ex5.mail.ovh.net.');
    expect(srv.ok).toBe(false);
  });
  it('reports words where numbers go, and bad values', () => {
    const words = parseRdata('SRV', 'high 0 https ex5.mail.ovh.net.', origin);
    expect(words.ok).toBe(false);
    if (!words.ok) {
      expect(words.problems).toHaveLength(2);
      expectSentences(words.problems, 'high', 'https');
    }
    const range = parseRdata('MX', '70000 mx.example.com.', origin);
    if (!range.ok) expectSentences(range.problems, '70000');
    expect(range.ok).toBe(false);
    const ip = parseRdata('A', '192.0.2.300', origin);
    if (!ip.ok) expectSentences(ip.problems, '192.0.2.300');
    expect(ip.ok).toBe(false);
  });
  it('reports bad escapes, non-UTF-8 bytes, escaped names and open quotes', () => {
    for (const [type, text, mention] of [
      ['TXT', '"bad \\999"', '\\999'],
      ['TXT', '"bad \\12x"', '\\12x'],
      ['TXT', '"\\255"', '\\DDD'],
      ['CNAME', 'a\\.b.example.com.', 'a\\.b.example.com.'],
      ['TXT', '"never closed', '"'],
    ] as const) {
      const result = parseRdata(type, text, origin);
      expect(result.ok, text).toBe(false);
      if (!result.ok) expectSentences(result.problems, mention);
    }
  });
});

describe('parseRecordLine', () => {
  it('reads name, TTL, class and type in the usual orders', () => {
    const mx = { type: 'MX', name: 'example.com', ttl: 300, priority: 1, value: 'mx0.mail.ovh.net' };
    expect(parseRecordLine('@ 300 IN MX 1 mx0.mail.ovh.net.', { origin })).toEqual({ ok: true, record: mx });
    expect(parseRecordLine('@ IN 300 MX 1 mx0.mail.ovh.net.', { origin })).toEqual({ ok: true, record: mx });
    expect(parseRecordLine('example.com. 5m mx 1 MX0.mail.ovh.net. ; the first', { origin })).toEqual({ ok: true, record: mx });
  });
  it('uses the default TTL, else 3600', () => {
    expect(parseRecordLine('www CNAME @', { origin, defaultTtl: 60 })).toEqual({
      ok: true,
      record: { type: 'CNAME', name: 'www.example.com', ttl: 60, value: 'example.com' },
    });
    const result = parseRecordLine('_dmarc TXT "v=DMARC1; p=none"', { origin });
    expect(result.ok && result.record.ttl).toBe(3600);
  });
  it('reads IDN names and relative SRV owners', () => {
    expect(parseRecordLine('mail.exämple.com. A 192.0.2.1', { origin })).toMatchObject({
      ok: true,
      record: { name: 'mail.xn--exmple-cua.com' },
    });
    expect(parseRecordLine('_autodiscover._tcp IN SRV 0 0 443 ex5.mail.ovh.net.', { origin })).toMatchObject({
      ok: true,
      record: { name: '_autodiscover._tcp.example.com', port: 443 },
    });
  });
  it('names an unknown type, and says which types are skipped', () => {
    const unknown = parseRecordLine('www 300 IN FOO bar', { origin });
    expect(unknown.ok).toBe(false);
    if (!unknown.ok) expectSentences(unknown.problems, 'FOO');
    const ns = parseRecordLine('@ IN NS ns1.example.net.', { origin });
    if (!ns.ok) expectSentences(ns.problems, 'NS');
    expect(ns.ok).toBe(false);
  });
  it('refuses a blank owner, an empty line, a directive and several lines', () => {
    for (const line of ['  IN A 192.0.2.1', '', '; only a comment', '$ORIGIN example.com.', 'a A 192.0.2.1\nb A 192.0.2.2']) {
      const result = parseRecordLine(line, { origin });
      expect(result.ok, line).toBe(false);
      if (!result.ok) expectSentences(result.problems);
    }
  });
  it('reports a missing type, another class, a bad TTL, and a bad owner for its type', () => {
    for (const [line, mention] of [
      ['www 300 IN', 'TYPE'],
      ['www CH A 192.0.2.1', 'CH'],
      ['www 99999999999 A 192.0.2.1', '99999999999'],
      ['autodiscover SRV 0 0 443 ex5.mail.ovh.net.', 'autodiscover.example.com'],
      ['_mail A 192.0.2.1', '_mail'],
    ] as const) {
      const result = parseRecordLine(line, { origin });
      expect(result.ok, line).toBe(false);
      if (!result.ok) expectSentences(result.problems, mention);
    }
  });
  it('reads parentheses that stay on the line', () => {
    expect(parseRecordLine('@ TXT ( "a" "b" )', { origin })).toMatchObject({ ok: true, record: { value: 'ab' } });
  });
});

describe('parseZone', () => {
  const zone = [
    '; exported by a panel',
    '$ORIGIN example.com.',
    '$TTL 1h',
    '@ IN SOA ns1.example.net. hostmaster.example.com. (',
    '      2024010101 ; serial',
    '      3600 900 604800 300 )',
    '      IN NS ns1.example.net.',
    '@     IN MX 1 mx0.mail.ovh.net.',
    '      IN MX 5 mx1.mail.ovh.net.',
    '      IN TXT "v=spf1 include:mx.ovh.com ~all"',
    '_autodiscover._tcp 300 IN SRV 0 0 443 ex5.mail.ovh.net.',
    'selector1._domainkey IN TXT ( "v=DKIM1; k=rsa; "',
    '                              "p=MIIBIjAN" )',
    '$ORIGIN sub.example.com.',
    'www CNAME @',
    '',
  ].join('\n');

  it('reads records, directives, continuation lines and parentheses', () => {
    const { records, problems } = parseZone(zone);
    expect(records).toEqual([
      { type: 'MX', name: 'example.com', ttl: 3600, priority: 1, value: 'mx0.mail.ovh.net' },
      { type: 'MX', name: 'example.com', ttl: 3600, priority: 5, value: 'mx1.mail.ovh.net' },
      { type: 'TXT', name: 'example.com', ttl: 3600, value: 'v=spf1 include:mx.ovh.com ~all' },
      { type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 300, priority: 0, weight: 0, port: 443, value: 'ex5.mail.ovh.net' },
      { type: 'TXT', name: 'selector1._domainkey.example.com', ttl: 3600, value: 'v=DKIM1; k=rsa; p=MIIBIjAN' },
      { type: 'CNAME', name: 'www.sub.example.com', ttl: 3600, value: 'sub.example.com' },
    ]);
    expect(problems.map((problem) => [problem.line, problem.skippedType])).toEqual([
      [4, 'SOA'],
      [7, 'NS'],
    ]);
    expectSentences(problems.map((problem) => problem.message), 'SOA', 'NS', '4', '7');
  });
  it('uses the given origin and default TTL when the file has none', () => {
    const { records, problems } = parseZone('www A 192.0.2.1\n@ 60 MX 10 mail', { origin: 'Example.com.', defaultTtl: 120 });
    expect(problems).toEqual([]);
    expect(records).toEqual([
      { type: 'A', name: 'www.example.com', ttl: 120, value: '192.0.2.1' },
      { type: 'MX', name: 'example.com', ttl: 60, priority: 10, value: 'mail.example.com' },
    ]);
  });
  it('reports relative names without an origin, and keeps going', () => {
    const { records, problems } = parseZone('www A 192.0.2.1\nmail.example.com. A 192.0.2.2\n@ MX 10 mail.example.com.');
    expect(records).toEqual([{ type: 'A', name: 'mail.example.com', ttl: 3600, value: '192.0.2.2' }]);
    expect(problems.map((problem) => problem.line)).toEqual([1, 3]);
    expectSentences(problems.map((problem) => problem.message), 'www', '$ORIGIN');
  });
  it('collects every problem with its line number', () => {
    const text = [
      '$ORIGIN example.com.',
      '  A 192.0.2.1',
      'a A 999.0.0.1',
      'b TXT "open',
      'c FOO x',
      '$INCLUDE other.zone',
      '$TTL soon',
      'd ( A 192.0.2.1',
    ].join('\n');
    const { records, problems } = parseZone(text);
    expect(records).toEqual([]);
    expect(problems.map((problem) => problem.line).sort()).toEqual([2, 3, 4, 5, 6, 7, 8]);
    expectSentences(problems.map((problem) => problem.message), '999.0.0.1', 'FOO', '$INCLUDE', 'soon');
    for (const problem of problems) expect(problem.message.en).toMatch(new RegExp(`[Ll]ine ${problem.line}\\b`));
  });
  it('reports a stray closing parenthesis', () => {
    const { problems } = parseZone('$ORIGIN example.com.\na A 192.0.2.1 )');
    expectSentences(problems.map((problem) => problem.message), ')');
  });
  it('handles Windows line ends', () => {
    const { records, problems } = parseZone('$ORIGIN example.com.\r\n@ MX 10 mail\r\n  TXT "x"\r\n');
    expect(problems).toEqual([]);
    expect(records.map((record) => record.value)).toEqual(['mail.example.com', 'x']);
  });
});

describe('parseTtlText', () => {
  it('reads seconds and BIND durations', () => {
    expect(parseTtlText('3600')).toBe(3600);
    expect(parseTtlText('1h30m')).toBe(5400);
    expect(parseTtlText('1W2d')).toBe(777600);
    expect(parseTtlText('IN')).toBeUndefined();
    expect(parseTtlText('1x')).toBeUndefined();
  });
});

describe('parseZone directives', () => {
  it('reads a relative $ORIGIN against the current one, and continuation lines keep their owner', () => {
    const { records, problems } = parseZone('$ORIGIN example.com.\nwww A 192.0.2.1\n$ORIGIN sub\n  AAAA ::1\nmail A 192.0.2.2');
    expect(problems).toEqual([]);
    expect(records.map((record) => record.name)).toEqual(['www.example.com', 'www.example.com', 'mail.sub.example.com']);
  });
  it('reports a directive without its value', () => {
    const { problems } = parseZone('$ORIGIN\n$TTL 1 2');
    expect(problems.map((problem) => problem.line)).toEqual([1, 2]);
    expectSentences(problems.map((problem) => problem.message), '$ORIGIN', '$TTL');
  });
});
