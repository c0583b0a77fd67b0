import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodedAs } from './decoded-as.js';
import { encodeBase64Url } from '../../../src/share/base64url.js';
import { DSA1_MAX_LENGTH } from '../../../src/share/dsa1-code.js';
import { decodeShareCode, encodeShareCode, readShareCode, setupFromUrlParams } from '../../../src/share/share-code.js';
import { firstHiddenCharacter } from '../../../src/lib/visible-text.js';

const setup = {
  domain: 'café-exemple.fr',
  service: 'ovh-hosted-exchange',
  vars: { server: 'ex5.mail.ovh.net', token: 'Abc123', note_fr: 'déjà vu — 日本 🎉' },
};

/** A code built by hand from any JSON text, to reach each refusal. */
const codeOf = (json: string) => 'DSA1:' + encodeBase64Url(json);

function refusal(text: string) {
  const result = decodeShareCode(text);
  if (result.ok) throw new Error(`expected a refusal for ${text}`);
  expect(result.problem.en).toMatch(/\S/);
  expect(result.problem.fr).toMatch(/\S/);
  expect(result.problem.fr).not.toBe(result.problem.en);
  return result.problem;
}

describe('encodeShareCode', () => {
  it('is DSA2 unless DSA1 is asked for', () => {
    expect(encodeShareCode(setup)).toMatch(/^DSA2-/);
    expect(encodeShareCode(setup, 'dsa1')).toMatch(/^DSA1:/);
  });

  it('DSA1 is DSA1: + unpadded base64url of the JSON with keys domain, service, vars in that order', () => {
    const code = encodeShareCode({ vars: { a: '1' }, service: 's', domain: 'd.example' } as never, 'dsa1');
    expect(code).toMatch(/^DSA1:[A-Za-z0-9_-]+$/);
    // Node's own decoder as an independent reference.
    const json = Buffer.from(code.slice(5), 'base64url').toString('utf8');
    expect(json).toBe('{"domain":"d.example","service":"s","vars":{"a":"1"}}');
  });

  it('round-trips non-ASCII text, in both formats', () => {
    expect(decodeShareCode(encodeShareCode(setup))).toEqual(decodedAs(setup));
    expect(decodeShareCode(encodeShareCode(setup, 'dsa1'))).toEqual(decodedAs(setup));
  });

  it('round-trips any setup without hidden characters, in both formats (property)', () => {
    const name = fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,20}$/);
    const text = (options: { minLength?: number; maxLength: number }) =>
      fc.string({ ...options, unit: 'grapheme' }).filter((s) => s.trim() !== '' || options.minLength === undefined).filter((s) => firstHiddenCharacter(s) === undefined);
    const arbitrarySetup = fc.record({
      domain: text({ minLength: 1, maxLength: 60 }),
      service: text({ minLength: 1, maxLength: 30 }),
      vars: fc.dictionary(name, text({ maxLength: 40 }), { maxKeys: 6 }),
    });
    fc.assert(
      fc.property(arbitrarySetup, fc.constantFrom('dsa1' as const, 'dsa2' as const), (value, format) => {
        expect(decodeShareCode(encodeShareCode(value, format))).toEqual(decodedAs(value));
      }),
    );
  });

  it('decodeShareCode forgives surrounding whitespace, nothing else; readShareCode finds the code in text', () => {
    for (const format of ['dsa1', 'dsa2'] as const) {
      expect(decodeShareCode(`  \n${encodeShareCode(setup, format)}\t `)).toEqual(decodedAs(setup));
      refusal(`Here is my code: ${encodeShareCode(setup, format)}`);
      expect(readShareCode(`Here is my code: ${encodeShareCode(setup, format)}. Thanks!`)).toEqual(decodedAs(setup));
    }
  });
});

describe('decodeShareCode refuses', () => {
  it('empty text', () => {
    expect(refusal('   ').en).toMatch(/empty/);
  });
  it('over-long input', () => {
    const long = 'DSA1:' + 'A'.repeat(DSA1_MAX_LENGTH);
    expect(refusal(long).en).toMatch(/too long/);
  });
  it('a wrong prefix', () => {
    expect(refusal('XSA1:' + encodeShareCode(setup, 'dsa1').slice(5)).en).toMatch(/starts with DSA2- \(or DSA1:/);
    expect(refusal('dsa1:' + encodeShareCode(setup, 'dsa1').slice(5)).en).toMatch(/starts with DSA2- \(or DSA1:/);
    expect(refusal('DSA2:' + encodeShareCode(setup, 'dsa1').slice(5)).en).toMatch(/Character 1 of the code \(":"\)/);
  });
  it('bad base64url', () => {
    expect(refusal('DSA1:abc+def/').en).toMatch(/damaged/);
    expect(refusal('DSA1:abcd=').en).toMatch(/damaged/);
    expect(refusal('DSA1:abcde').en).toMatch(/damaged/); // length 4n+1
    expect(refusal('DSA1:').en).toMatch(/damaged/);
    expect(refusal('DSA1:_w').en).toMatch(/damaged/); // 0xFF: not UTF-8
  });
  it('bad JSON', () => {
    expect(refusal(codeOf('{"domain":')).en).toMatch(/readable setup/);
  });
  it('JSON that is not an object', () => {
    for (const json of ['[]', '"text"', '42', 'null']) expect(refusal(codeOf(json)).en).toMatch(/does not hold a setup/);
  });
  it('extra top-level keys', () => {
    expect(refusal(codeOf('{"domain":"a.fr","service":"s","vars":{},"lang":"fr"}')).en).toMatch(/"lang"/);
  });
  it('missing or non-string domain and service', () => {
    expect(refusal(codeOf('{"service":"s","vars":{}}')).en).toMatch(/domain/);
    expect(refusal(codeOf('{"domain":1,"service":"s","vars":{}}')).en).toMatch(/domain/);
    expect(refusal(codeOf('{"domain":"a.fr","service":"","vars":{}}')).en).toMatch(/service/);
  });
  it('vars that are not an object of strings', () => {
    expect(refusal(codeOf('{"domain":"a.fr","service":"s","vars":[]}')).en).toMatch(/variables/);
    expect(refusal(codeOf('{"domain":"a.fr","service":"s"}')).en).toMatch(/variables/);
    expect(refusal(codeOf('{"domain":"a.fr","service":"s","vars":{"ip":1}}')).en).toMatch(/"ip" .* not text/);
    expect(refusal(codeOf('{"domain":"a.fr","service":"s","vars":{"__proto__":"x"}}')).en).toMatch(/__proto__/);
  });
});

describe('setupFromUrlParams', () => {
  const parse = (query: string) => setupFromUrlParams(new URLSearchParams(query));

  it('is absent when the address carries no setup', () => {
    expect(parse('')).toEqual({ ok: 'absent' });
    expect(parse('tabId=12&lang=fr')).toEqual({ ok: 'absent' });
  });
  it('reads domain, service and every other parameter as a variable', () => {
    expect(parse('tabId=3&domain=example.com&service=microsoft-365&mx=a.mail.protection.outlook.com&verify=MS%3Dms123&lang=en')).toEqual({
      ok: true,
      setup: { domain: 'example.com', service: 'microsoft-365', vars: { mx: 'a.mail.protection.outlook.com', verify: 'MS=ms123' } },
    });
  });
  it('accepts a share code in code=, or text holding one', () => {
    expect(parse(`code=${encodeURIComponent(encodeShareCode(setup))}&tabId=1`)).toEqual(decodedAs(setup));
    expect(parse(`code=${encodeURIComponent(`Code: ${encodeShareCode(setup, 'dsa1')}`)}`)).toEqual(decodedAs(setup));
  });
  it('refuses a bad code, a code beside fields, partial setups, repeated and odd names', () => {
    const refused = (query: string) => {
      const result = parse(query);
      expect(result.ok).toBe(false);
      return result.ok === false ? result.problem.en : '';
    };
    expect(refused('code=hello')).toMatch(/DSA2-/);
    expect(refused(`code=${encodeURIComponent(encodeShareCode({ ...setup, domain: 'a\u202e.fr' }))}`)).toMatch(/\\u\{202E\}/);
    expect(refused('domain=a.fr&service=s&ip=1%1B%5B2K')).toMatch(/\\027/);
    expect(refused(`code=${encodeShareCode(setup)}&domain=a.fr`)).toMatch(/only one/);
    expect(refused('service=ovh-mx-plan')).toMatch(/domain/);
    expect(refused('domain=a.fr&ip=192.0.2.1')).toMatch(/service/);
    expect(refused('domain=a.fr&service=s&ip=1&ip=2')).toMatch(/"ip" more than once/);
    expect(refused('domain=a.fr&service=s&__proto__=x')).toMatch(/__proto__/);
  });
});

describe('share codes carry Domain Connect template service ids', () => {
  it('dc:<providerId>/<serviceId> (case kept) and template variable names survive DSA1 and the popup address', () => {
    const setup = { domain: 'example.com', service: 'dc:microsoft.com/O365', vars: { MX: 'example-com.a-v1.mx.microsoft', 'fwd-key': 'x' } };
    const decoded = decodeShareCode(encodeShareCode(setup));
    expect(decoded).toEqual(decodedAs(setup));
    const params = new URLSearchParams({ domain: 'example.com', service: 'dc:microsoft.com/O365', MX: 'example-com.a-v1.mx.microsoft' });
    expect(setupFromUrlParams(params)).toEqual({ ok: true, setup: { domain: 'example.com', service: 'dc:microsoft.com/O365', vars: { MX: 'example-com.a-v1.mx.microsoft' } } });
  });
});
