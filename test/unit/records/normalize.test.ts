import { describe, expect, it } from 'vitest';
import { normalizeHostInput, normalizeName, normalizeRecord, relativeName } from '../../../src/records/normalize.js';
import { expectReadings, readingIn } from '../../support/readings.js';

describe('normalizeName (zone-file reading)', () => {
  it('drops the final dot of an absolute name and lowercases', () => {
    expectReadings(readingIn(normalizeName, undefined), { 'MX0.Mail.OVH.net.': 'mx0.mail.ovh.net' });
    expectReadings(readingIn(normalizeName, 'example.org'), { ' mail.example.com. ': 'mail.example.com' });
  });
  it('reads @ and the empty name as the origin', () => {
    expectReadings(readingIn(normalizeName, 'Example.com.'), { '@': 'example.com' });
    expectReadings(readingIn(normalizeName, 'example.com'), { '': 'example.com' });
  });
  it('completes relative names with the origin, strictly', () => {
    expectReadings(readingIn(normalizeName, 'example.com'), {
      www: 'www.example.com',
      // Zone-file semantics: no final dot means relative, even when it looks complete.
      'www.example.com': 'www.example.com.example.com',
    });
    expectReadings(readingIn(normalizeName, 'example.com.'), { '_autodiscover._tcp': '_autodiscover._tcp.example.com' });
  });
  it('takes names as absolute without an origin, and leaves @ for validation to report', () => {
    expectReadings(readingIn(normalizeName, undefined), { 'Example.COM': 'example.com', '@': '@' });
  });
  it('encodes IDN labels in punycode, one label at a time', () => {
    expectReadings(readingIn(normalizeName, undefined), {
      'exämple.com': 'xn--exmple-cua.com',
      'EXÄMPLE.com.': 'xn--exmple-cua.com',
      // Decomposed "a + combining diaeresis" is the same name once composed (NFC).
      'exa\u0308mple.com': 'xn--exmple-cua.com',
      // Ideographic full stop separates labels as a dot does.
      '例え\u3002jp': 'xn--r8jz45g.jp',
    });
    expectReadings(readingIn(normalizeName, 'exämple.com'), { mail: 'mail.xn--exmple-cua.com' });
  });
  it('maps the root "." to the empty name', () => {
    expectReadings(readingIn(normalizeName, undefined), { '.': '' });
  });
});

describe('normalizeHostInput (form reading)', () => {
  it('takes a name already in the zone as the full name', () => {
    expectReadings(readingIn(normalizeHostInput, 'example.com'), { 'www.example.com': 'www.example.com' });
    expectReadings(readingIn(normalizeHostInput, 'example.com.'), { 'Example.com': 'example.com' });
  });
  it('completes a name outside the zone, and keeps names with a final dot', () => {
    expectReadings(readingIn(normalizeHostInput, 'example.com'), {
      www: 'www.example.com',
      'mail.other.org': 'mail.other.org.example.com',
      'mail.other.org.': 'mail.other.org',
    });
  });
  it('reads @ and blank as the apex', () => {
    expectReadings(readingIn(normalizeHostInput, 'example.com'), { '@': 'example.com' });
    expectReadings(readingIn(normalizeHostInput, 'exämple.com'), { '  ': 'xn--exmple-cua.com' });
  });
  it('does not mistake a name that merely ends with the same letters for the zone', () => {
    expectReadings(readingIn(normalizeHostInput, 'example.com'), { 'myexample.com': 'myexample.com.example.com' });
  });
});

describe('relativeName', () => {
  it('gives @ for the apex and the labels below the zone otherwise', () => {
    expectReadings(readingIn(relativeName, 'example.com'), { 'example.com': '@', 'WWW.Example.com.': 'www' });
    expectReadings(readingIn(relativeName, 'example.com.'), { '_autodiscover._tcp.example.com': '_autodiscover._tcp' });
  });
  it('keeps a name outside the zone absolute, with its final dot', () => {
    expectReadings(readingIn(relativeName, 'example.com'), { 'example.org': 'example.org.', 'notexample.com': 'notexample.com.' });
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
