import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodedAs } from './decoded-as.js';
import { formatIPv6 } from '../../../src/records/ip-address.js';
import { serviceVariables } from '../../../src/services/service-variables.js';
import { SERVICES } from '../../../src/services/index.js';
import type { VariableKind } from '../../../src/services/types.js';
import { BitWriter } from '../../../src/share/dsa2/bits.js';
import { checkSymbols } from '../../../src/share/dsa2/checksum.js';
import { SERVICE_IDS, VARIABLE_NAMES } from '../../../src/share/dsa2/code-tables.js';
import { formatGroups } from '../../../src/share/dsa2/crockford.js';
import { decodeShareCode, encodeShareCode } from '../../../src/share/share-code.js';
import { firstHiddenCharacter } from '../../../src/lib/visible-text.js';

/** A refusal: a sentence in each language, never a throw. */
function refusal(code: string) {
  const result = decodeShareCode(code);
  if (result.ok) throw new Error(`expected a refusal for ${code}`);
  expect(result.problem.en).toMatch(/^[A-Z].*[.]$/);
  expect(result.problem.fr).toMatch(/^[A-ZÀ-Ü].*[.]$/);
  expect(result.problem.fr).not.toBe(result.problem.en);
  return result.problem.en;
}

/** A code holding raw bits (to reach what no encoder writes), with a valid checksum. */
function codeOfBits(write: (writer: BitWriter) => void): string {
  const writer = new BitWriter();
  write(writer);
  const data = writer.symbols();
  return 'DSA2-' + formatGroups([...data, ...checkSymbols(data)]);
}

const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const domainArb = fc.oneof(
  fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.stringMatching(/^[a-z]{2,6}$/)).map(([labels, tld]) => [...labels, tld].join('.')),
  fc.constantFrom('café-exemple.fr', 'bücher.example', 'EXAMPLE.COM', 'example.com.', '例え.jp'),
);
/** Text a person could type or paste, without the characters every code refuses. */
const anyText = fc.string({ maxLength: 40, unit: 'grapheme' }).filter((text) => firstHiddenCharacter(text) === undefined);
const digits = fc.integer({ min: 0, max: 99_999 }).map(String);
const ipv4 = fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 4, maxLength: 4 }).map((octets) => octets.join('.'));

/** Values shaped as each kind of variable, as typed and as the catalog's examples. */
const VALUES: Record<VariableKind, fc.Arbitrary<string>> = {
  hostname: fc.oneof(digits.map((n) => `ex${n}.mail.ovh.net`), digits.map((n) => `pro${n}.mail.ovh.net`), domainArb, label.map((l) => `${l}.mail.protection.outlook.com`)),
  'relative-or-absolute-name': fc.oneof(fc.constantFrom('mail', 'exchange', '@'), label, domainArb),
  ipv4,
  ipv6: fc.oneof(fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 8, maxLength: 8 }).map(formatIPv6), fc.constantFrom('2001:DB8:0::1', '::ffff:192.0.2.1')),
  token: fc.stringMatching(/^[A-Za-z0-9]{1,12}(-check)?$/),
  region: fc.constantFrom('eu', 'ca', 'EU', ' ca '),
  'ms-verify': fc.oneof(digits.map((n) => `MS=ms${n}`), digits.map((n) => `ms${n}`)),
  'dkim-selector': fc.oneof(digits.map((n) => `ovhex${n}-selector1`), digits.map((n) => `ovhemp${n}-selector2`), digits.map((n) => `ovhmo${n}-selector1`), label),
  'm365-mx': fc.oneof(label.map((l) => `${l}.mail.protection.outlook.com`), label.map((l) => `${l}.a-v1.mx.microsoft`)),
  'm365-dkim-target': fc.oneof(label.map((l) => `selector1-${l}._domainkey.contoso.onmicrosoft.com`), label.map((l) => `selector2-${l}._domainkey.contoso.n-v1.dkim.mail.microsoft`)),
  text: anyText,
  dmarc: fc.oneof(fc.constantFrom('v=DMARC1; p=none', 'v=DMARC1; p=reject', 'v=DMARC1; p=quarantine; rua=mailto:d@example.com'), anyText),
};

describe('DSA2 codes', () => {
  const hosted = { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } };

  it('are DSA2- and Crockford base32 in groups of 4, upper case', () => {
    const code = encodeShareCode(hosted);
    expect(code).toMatch(/^DSA2-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4})*(-[0-9A-HJKMNP-TV-Z]{1,4})?$/);
    expect(decodeShareCode(code)).toEqual(decodedAs(hosted));
  });

  it('read in any case, with O for 0 and I or L for 1, spaces or dashes for hyphens', () => {
    const code = encodeShareCode(hosted);
    const spoken = code.toLowerCase().replaceAll('0', 'o').replaceAll('1', 'l').replaceAll('-', ' ');
    expect(decodeShareCode(spoken)).toEqual(decodedAs(hosted));
    expect(decodeShareCode(code.replaceAll('1', 'I').replaceAll('-', '\u2013'))).toEqual(decodedAs(hosted));
  });

  it('fit a Hosted Exchange setup (domain up to 20 characters, exN server, 5-character token) in 64 characters', () => {
    const domain20 = fc.tuple(fc.stringMatching(/^[a-z0-9][a-z0-9-]{0,14}$/), fc.constantFrom('com', 'fr', 'ca', 'net', 'co.uk')).map(([name, tld]) => `${name}.${tld}`.slice(-20));
    const setups = fc.record({
      domain: domain20,
      service: fc.constant('ovh-hosted-exchange'),
      vars: fc.record({ server: fc.integer({ min: 1, max: 999 }).map((n) => `ex${n}.mail.ovh.net`), token: fc.stringMatching(/^[A-Za-z0-9]{5}$/) }),
    });
    fc.assert(
      fc.property(setups, (setup) => {
        const code = encodeShareCode(setup);
        expect(code.length).toBeLessThanOrEqual(64);
        expect(decodeShareCode(code)).toEqual(decodedAs(setup));
      }),
      { numRuns: 500 },
    );
    const worst = encodeShareCode({ domain: 'abcdefghij-klmnop.fr', service: 'ovh-hosted-exchange', vars: { server: 'ex999.mail.ovh.net', token: 'Zz9Yy' } });
    expect(worst.length).toBeLessThanOrEqual(64);
    // What it was as DSA1: 159 characters of base64 for a shorter domain.
    expect(encodeShareCode(hosted, 'dsa1').length).toBeGreaterThan(2 * encodeShareCode(hosted).length);
  });

  it('grow with the setup: a longer one gives a longer code, still valid', () => {
    const long = {
      domain: 'a-much-longer-company-name.example.co.uk',
      service: 'microsoft-365',
      vars: {
        mx: 'a-much-longer-company-name-example-co-uk.mail.protection.outlook.com',
        verify: 'MS=ms12345678',
        dkim_target1: 'selector1-a-much-longer-company-name-example-co-uk._domainkey.contoso.onmicrosoft.com',
        dmarc: 'v=DMARC1; p=quarantine; rua=mailto:dmarc@example.co.uk',
      },
    };
    const code = encodeShareCode(long);
    expect(code.length).toBeGreaterThan(64);
    expect(decodeShareCode(code)).toEqual(decodedAs(long));
  });

  it('round-trip every catalog service with every variable (property)', () => {
    expect(SERVICES.map((service) => service.id)).toEqual(SERVICE_IDS);
    for (const service of SERVICES) {
      const specs = serviceVariables(service);
      expect(specs.map((spec) => spec.name).filter((name) => !(VARIABLE_NAMES as readonly string[]).includes(name))).toEqual([]);
      const vars = fc.record(Object.fromEntries(specs.map((spec) => [spec.name, fc.oneof({ weight: 4, arbitrary: VALUES[spec.kind] }, anyText)])), {
        requiredKeys: [],
      });
      fc.assert(
        fc.property(domainArb, vars, (domain, values) => {
          const setup = { domain, service: service.id, vars: values as Record<string, string> };
          expect(decodeShareCode(encodeShareCode(setup))).toEqual(decodedAs(setup));
        }),
        { numRuns: 200 },
      );
    }
  });

  it('round-trip services and variables the tables do not know, imported Domain Connect ids included', () => {
    const serviceId = fc.oneof(
      fc.tuple(domainArb, fc.stringMatching(/^[A-Za-z0-9._-]{1,30}$/)).map(([provider, id]) => `dc:${provider}/${id}`),
      anyText.filter((text) => text.trim() !== ''),
    );
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_-]{0,20}$/);
    fc.assert(
      fc.property(serviceId, domainArb, fc.dictionary(name, anyText, { maxKeys: 6 }), (service, domain, vars) => {
        const setup = { domain, service, vars };
        expect(decodeShareCode(encodeShareCode(setup))).toEqual(decodedAs(setup));
      }),
    );
  });
});

describe('setups too long for any reader', () => {
  it('are refused when encoding, with a sentence, never written as a broken code', () => {
    const long = { domain: 'example.com', service: 'ovh-mx-plan', vars: { dmarc: `v=DMARC1; p=none; rua=mailto:${'a'.repeat(1100)}@example.com` } };
    expect(() => encodeShareCode(long)).toThrow(/too long for a share code/);
    const many = { ...long, vars: Object.fromEntries(Array.from({ length: 20 }, (_, i) => [`v${i}`, '€'.repeat(200)])) };
    expect(() => encodeShareCode(many)).toThrow(/too long for a share code/);
  });
});

describe('hostile DSA2 codes are refused with a sentence', () => {
  it('too long, too short, characters that are not in codes', () => {
    expect(refusal('DSA2-' + '0000-'.repeat(600))).toMatch(/too long/);
    expect(refusal('DSA2-7K3M')).toMatch(/too short/);
    expect(refusal('DSA2-7K3M-U9AB-CDEF')).toMatch(/Character 5 of the code \("U"\)/);
    expect(refusal('DSA2-7K3M-9A*B')).toMatch(/Character 7/);
  });

  it('a layout from a newer version', () => {
    expect(refusal(codeOfBits((w) => w.write(1, 3)))).toMatch(/newer version/);
  });

  it('bits that no encoder writes: cut short, left over, numbers out of range, padded numbers', () => {
    const header = (w: BitWriter) => {
      w.write(0, 3);
      w.writeSmall(1); // ovh-hosted-exchange
    };
    expect(refusal(codeOfBits(header))).toMatch(/damaged/); // no domain
    expect(refusal(codeOfBits((w) => (w.write(0, 3), w.writeSmall(999))))).toMatch(/damaged/); // no such service
    const withDomain = (w: BitWriter) => {
      header(w);
      w.write(1, 3); // name shape
      w.writeSmall(1);
      w.write(0, 6); // "a"
    };
    expect(refusal(codeOfBits((w) => (withDomain(w), w.writeSmall(0), w.write(0b11111, 5))))).toMatch(/damaged/); // bits left over
    expect(refusal(codeOfBits((w) => (withDomain(w), w.write(0b1000, 4), w.write(0, 4))))).toMatch(/damaged/); // 0 written as two groups
    expect(refusal(codeOfBits((w) => (withDomain(w), w.writeSmall(1), w.writeSmall(99))))).toMatch(/damaged/); // no such variable
    expect(refusal(codeOfBits((w) => (withDomain(w), w.writeSmall(1000))))).toMatch(/damaged/); // 1,000 variables announced
  });

  it('a valid checksum around random bits: never a throw, always a setup or a sentence (fuzz)', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 31 }), { minLength: 1, maxLength: 120 }), (data) => {
        const result = decodeShareCode('DSA2-' + formatGroups([...data, ...checkSymbols(data)]));
        if (!result.ok) expect(result.problem.en).toMatch(/\.$/);
      }),
      { numRuns: 3000 },
    );
  });

  it('hidden characters in any field', () => {
    expect(refusal(encodeShareCode({ domain: 'exa\u202emple.com', service: 'ovh-mx-plan', vars: {} }))).toMatch(/domain .*\\u\{202E\}/);
    expect(refusal(encodeShareCode({ domain: 'example.com', service: 'ovh-mx-plan', vars: { dmarc: 'v=DMARC1; p=none\u001b]52;c;x\u0007' } }))).toMatch(/dmarc .*\\027/);
    expect(refusal(encodeShareCode({ domain: 'example.com', service: 'ovh\u200bmx-plan', vars: {} }))).toMatch(/service/);
  });
});

describe('codes made today', () => {
  // Printed by `share` when DSA2 was introduced: codes sit in tickets for years, so these must
  // keep decoding to the same setups (and the README's example is the first one).
  const VECTORS: [string, { domain: string; service: string; vars: Record<string, string> }][] = [
    ['DSA2-09P4-89FK-E4MH-RMV1-100N-4AG0-C8EC-PAC3-B9', { domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd' } }],
    ['DSA2-11P4-89FK-E4MH-RMV0-0C3Z-ZZW', { domain: 'example.com', service: 'ovh-mx-plan', vars: {} }],
    ['DSA2-19R5-826N-WYEJ-YD4G-GMK5-G0W8-AY01-W5V', { domain: 'shop.example', service: 'exchange-onprem', vars: { ip: '203.0.113.10' } }],
    [
      'DSA2-1HM4-70R3-1EJZ-WMJJ-4A38-8E1G-62X5-Y9RM-4830-8QHG-MWH7-7MH0',
      { domain: 'contoso.fr', service: 'microsoft-365', vars: { mx: 'contoso-fr.mail.protection.outlook.com', verify: 'MS=ms12345678' } },
    ],
    [
      'DSA2-0SM4-DKXF-XP25-ST3A-2PK3-36S0-SFP1-5F2Q-F99N-75R1-FJC4-A1HN-W1',
      { domain: 'exemple.fr', service: 'ovh-private-exchange', vars: { server_name: 'exchange', ipv4: '198.51.100.25', ipv6: '2001:db8::25' } },
    ],
  ];

  it.each(VECTORS)('%s decodes forever, and is what the encoder still writes', (code, setup) => {
    expect(decodeShareCode(code)).toEqual(decodedAs(setup));
    expect(encodeShareCode(setup)).toBe(code);
  });
});
