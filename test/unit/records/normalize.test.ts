import { describe, expect, it } from 'vitest';
import { normalizeHostInput, normalizeName, normalizeRecord, relativeName } from '../../../src/records/normalize.js';

describe('normalizeName (zone-file reading)', () => {
  it('drops the final dot of an absolute name and lowercases', () => {
    expect(normalizeName('MX0.Mail.OVH.net.')).toBe('mx0.mail.ovh.net');
    expect(normalizeName(' mail.example.com. ', 'example.org')).toBe('mail.example.com');
  });
  it('reads @ and the empty name as the origin', () => {
    expect(normalizeName('@', 'Example.com.')).toBe('example.com');
    expect(normalizeName('', 'example.com')).toBe('example.com');
  });
  it('completes relative names with the origin, strictly', () => {
    expect(normalizeName('www', 'example.com')).toBe('www.example.com');
    expect(normalizeName('_autodiscover._tcp', 'example.com.')).toBe('_autodiscover._tcp.example.com');
    // Zone-file semantics: no final dot means relative, even when it looks complete.
    expect(normalizeName('www.example.com', 'example.com')).toBe('www.example.com.example.com');
  });
  it('takes names as absolute without an origin, and leaves @ for validation to report', () => {
    expect(normalizeName('Example.COM')).toBe('example.com');
    expect(normalizeName('@')).toBe('@');
  });
  it('encodes IDN labels in punycode, one label at a time', () => {
    expect(normalizeName('exämple.com')).toBe('xn--exmple-cua.com');
    expect(normalizeName('EXÄMPLE.com.')).toBe('xn--exmple-cua.com');
    expect(normalizeName('mail', 'exämple.com')).toBe('mail.xn--exmple-cua.com');
    // Decomposed "a + combining diaeresis" is the same name once composed (NFC).
    expect(normalizeName('exa\u0308mple.com')).toBe('xn--exmple-cua.com');
    // Ideographic full stop separates labels as a dot does.
    expect(normalizeName('例え\u3002jp')).toBe('xn--r8jz45g.jp');
  });
  it('maps the root "." to the empty name', () => {
    expect(normalizeName('.')).toBe('');
  });
});

describe('normalizeHostInput (form reading)', () => {
  it('takes a name already in the zone as the full name', () => {
    expect(normalizeHostInput('www.example.com', 'example.com')).toBe('www.example.com');
    expect(normalizeHostInput('Example.com', 'example.com.')).toBe('example.com');
  });
  it('completes a name outside the zone, and keeps names with a final dot', () => {
    expect(normalizeHostInput('www', 'example.com')).toBe('www.example.com');
    expect(normalizeHostInput('mail.other.org', 'example.com')).toBe('mail.other.org.example.com');
    expect(normalizeHostInput('mail.other.org.', 'example.com')).toBe('mail.other.org');
  });
  it('reads @ and blank as the apex', () => {
    expect(normalizeHostInput('@', 'example.com')).toBe('example.com');
    expect(normalizeHostInput('  ', 'exämple.com')).toBe('xn--exmple-cua.com');
  });
  it('does not mistake a name that merely ends with the same letters for the zone', () => {
    expect(normalizeHostInput('myexample.com', 'example.com')).toBe('myexample.com.example.com');
  });
});

describe('relativeName', () => {
  it('gives @ for the apex and the labels below the zone otherwise', () => {
    expect(relativeName('example.com', 'example.com')).toBe('@');
    expect(relativeName('_autodiscover._tcp.example.com', 'example.com.')).toBe('_autodiscover._tcp');
    expect(relativeName('WWW.Example.com.', 'example.com')).toBe('www');
  });
  it('keeps a name outside the zone absolute, with its final dot', () => {
    expect(relativeName('example.org', 'example.com')).toBe('example.org.');
    expect(relativeName('notexample.com', 'example.com')).toBe('notexample.com.');
  });
});

describe('normalizeRecord', () => {
  it('normalizes names and targets, and the IPv6 form', () => {
    expect(
      normalizeRecord({ type: 'MX', name: 'Example.COM.', ttl: 3600, value: 'MX1.Mail.OVH.net.', priority: 1 }),
    ).toStrictEqual({ type: 'MX', name: 'example.com', ttl: 3600, value: 'mx1.mail.ovh.net', priority: 1 });
    expect(normalizeRecord({ type: 'AAAA', name: 'mail.example.com', ttl: 60, value: ' 2001:DB8:0::1 ' }).value).toBe(
      '2001:db8::1',
    );
    expect(
      normalizeRecord({ type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 1, value: 'EX5.mail.ovh.net.', priority: 0, weight: 0, port: 443 }),
    ).toStrictEqual({ type: 'SRV', name: '_autodiscover._tcp.example.com', ttl: 1, value: 'ex5.mail.ovh.net', priority: 0, weight: 0, port: 443 });
  });
  it('keeps TXT text exactly and drops fields the type does not use', () => {
    expect(
      normalizeRecord({ type: 'TXT', name: 'example.com', ttl: 3600, value: ' MS=ms123 ', priority: 5 }),
    ).toStrictEqual({ type: 'TXT', name: 'example.com', ttl: 3600, value: ' MS=ms123 ' });
  });
  it('leaves an unparseable AAAA lowercased for validation to report', () => {
    expect(normalizeRecord({ type: 'AAAA', name: 'a.example', ttl: 1, value: 'NOPE' }).value).toBe('nope');
  });
  it('reads a "." target as the root (null MX)', () => {
    expect(normalizeRecord({ type: 'MX', name: 'example.com', ttl: 1, value: '.', priority: 0 }).value).toBe('');
  });
});
