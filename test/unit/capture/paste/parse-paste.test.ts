import { describe, expect, it } from 'vitest';
import { parsePaste } from '../../../../src/capture/paste/parse-paste.js';
import { setupOfCapture } from '../../../../src/capture/build-capture.js';
import { MAX_PASTE_CHARS } from '../../../../src/capture/clean-text.js';
import { expandService } from '../../../../src/services/expand.js';
import { expectNoHang } from '../../../support/cpu-time.js';
import * as samples from './paste-samples.js';

function ok(result: ReturnType<typeof parsePaste>) {
  if (!result.ok) throw new Error(`expected success, got: ${result.problem.en}`);
  return result;
}

/** Reads `text` (in its context), which must be recognised as a paste of the `shape` kind. */
function readAs(shape: string, ...paste: Parameters<typeof parsePaste>) {
  const result = ok(parsePaste(...paste));
  expect(result.shape).toBe(shape);
  return result;
}

describe('parsePaste: Private Exchange delivery e-mail', () => {
  it('reads the server name, IPv4 and IPv6 (FR) and the domain from the server name', () => {
    const result = readAs('delivery-email', samples.DELIVERY_EMAIL_FR);
    expect(setupOfCapture(result.capture)).toEqual({
      domain: 'example.com',
      service: 'ovh-private-exchange',
      vars: { server_name: 'exchange', ipv4: '198.51.100.25', ipv6: '2001:db8:3c4d:15::25' },
    });
    expect(result.capture.vars.ipv4!.source).toBe('pasted-delivery-email');
    expect(result.records.map((r) => `${r.type} ${r.name} ${r.value}`)).toEqual([
      'A exchange.example.com 198.51.100.25',
      'AAAA exchange.example.com 2001:db8:3c4d:15::25',
    ]);
    // What we understood is a valid setup for the engine.
    const setup = setupOfCapture(result.capture);
    expect(expandService(setup.service, setup.domain, setup.vars).ok).toBe(true);
  });

  it('reads the English e-mail', () => {
    const result = ok(parsePaste(samples.DELIVERY_EMAIL_EN));
    expect(setupOfCapture(result.capture)).toEqual({
      domain: 'example.org',
      service: 'ovh-private-exchange',
      vars: { server_name: 'mail-px', ipv4: '203.0.113.77', ipv6: '2001:db8::77' },
    });
  });

  it('refuses an e-mail without server name or with two IPv4 addresses, never guessing', () => {
    const noName = parsePaste(samples.DELIVERY_EMAIL_EN.replace(/Server name:.*\n/, ''));
    expect(noName.ok).toBe(false);
    if (!noName.ok) expect(noName.problem.en).toMatch(/no server name/);
    const twoIps = parsePaste(`${samples.DELIVERY_EMAIL_EN}\nIPv4 (old): 203.0.113.78`);
    expect(twoIps.ok).toBe(false);
    if (!twoIps.ok) expect(twoIps.problem.fr).toMatch(/plusieurs adresses IPv4/);
  });

  it('refuses a server name outside the domain the user set up', () => {
    const result = parsePaste(samples.DELIVERY_EMAIL_FR, { domain: 'other.org' });
    expect(result.ok).toBe(false);
  });

  it('notes a missing IPv6 and creates only the A record', () => {
    const result = ok(parsePaste(samples.DELIVERY_EMAIL_EN.replace(/IPv6:.*$/m, '')));
    expect(result.records.map((r) => r.type)).toEqual(['A']);
    expect(result.notes[0]!.en).toMatch(/no IPv6/);
  });
});

describe('parsePaste: zone-file lines', () => {
  it('reads records and the variables they spell out', () => {
    const result = readAs('bind', samples.BIND_HOSTED);
    expect(result.records).toHaveLength(5);
    expect(setupOfCapture(result.capture)).toEqual({
      domain: 'example.com',
      service: 'ovh-hosted-exchange',
      vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd', cname_target: 'ovh.com', region: 'eu' },
    });
  });

  it('needs the domain for relative names, and takes it from the context', () => {
    const lines = '_autodiscover._tcp 3600 IN SRV 0 0 443 pro3.mail.ovh.net.';
    expect(parsePaste(lines).ok).toBe(false);
    const result = ok(parsePaste(lines, { domain: 'Example.COM.' }));
    expect(setupOfCapture(result.capture)).toEqual({ domain: 'example.com', service: 'ovh-email-pro', vars: { server: 'pro3.mail.ovh.net' } });
  });

  it('refuses broken lines instead of using the good ones only', () => {
    const result = parsePaste(`${samples.BIND_HOSTED}\nmail 3600 IN A 300.1.2.3`);
    expect(result.ok).toBe(false);
  });

  it('reads an on-premises Exchange set', () => {
    const result = ok(parsePaste('mail 3600 IN A 203.0.113.10\n@ 3600 IN MX 0 mail\n@ IN TXT "v=spf1 a mx ~all"', { domain: 'contoso.com' }));
    expect(setupOfCapture(result.capture)).toEqual({ domain: 'contoso.com', service: 'exchange-onprem', vars: { server_name: 'mail', ip: '203.0.113.10' } });
  });
});

describe('parsePaste: the control panel diagnostic text', () => {
  it('reads the CNAME pop-over (FR), token stored bare', () => {
    const result = readAs('panel-diagnostic', samples.CNAME_POPOVER_FR, { service: 'ovh-hosted-exchange' });
    expect(setupOfCapture(result.capture)).toEqual({
      domain: 'example.com', service: 'ovh-hosted-exchange', vars: { token: 'ab1cd', cname_target: 'ovh.com' },
    });
    expect(result.records).toEqual([{ type: 'CNAME', name: 'ab1cd-check.example.com', ttl: 3600, value: 'ovh.com' }]);
  });

  it('reads the English pop-over whose {0} has no -check', () => {
    const result = ok(parsePaste(samples.CNAME_POPOVER_EN, { service: 'ovh-email-pro' }));
    expect(result.capture.vars.token!.value).toBe('xy9z');
    expect(result.capture.domain).toBe('example.net');
  });

  it('asks for the service when the pop-over alone cannot tell it', () => {
    const result = parsePaste(samples.CNAME_POPOVER_FR);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toMatch(/choose the service/);
  });

  it('reads the SRV wizard: server and service from the target', () => {
    const result = ok(parsePaste(samples.SRV_WIZARD_FR));
    expect(setupOfCapture(result.capture)).toEqual({ domain: 'example.com', service: 'ovh-hosted-exchange', vars: { server: 'ex5.mail.ovh.net' } });
    expect(result.records[0]).toMatchObject({ type: 'SRV', name: '_autodiscover._tcp.example.com', port: 443, value: 'ex5.mail.ovh.net' });
  });

  it('names what a partial SRV copy lacks', () => {
    const result = parsePaste(samples.SRV_WIZARD_FR.replace(/Cible.*$/m, ''));
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problem.en).toMatch(/lacks target/);
  });

  it('refuses text about two domains', () => {
    const result = parsePaste(`${samples.SRV_WIZARD_FR}\n${samples.CNAME_POPOVER_EN}`);
    expect(result.ok).toBe(false);
  });
});

describe('parsePaste: Microsoft 365 record table', () => {
  it('reads the rows (tabs) with the domain from the context', () => {
    const result = readAs('m365-table', samples.M365_ROWS, { domain: 'contoso.com' });
    expect(setupOfCapture(result.capture)).toEqual({
      domain: 'contoso.com', service: 'microsoft-365', vars: { mx: 'contoso-com.mail.protection.outlook.com', verify: 'MS=ms48213377' },
    });
    expect(result.records.map((r) => `${r.type} ${r.name}`)).toEqual(['TXT contoso.com', 'MX contoso.com', 'CNAME autodiscover.contoso.com', 'TXT contoso.com']);
  });

  it('takes the DKIM selector CNAMEs as the tenant\'s DKIM targets when the table has them', () => {
    const rows = `${samples.M365_ROWS}\nCNAME\tselector1._domainkey\tselector1-contoso-com._domainkey.contoso.onmicrosoft.com\t1 hour\nCNAME\tselector2._domainkey\tselector2-contoso-com._domainkey.contoso.onmicrosoft.com\t1 hour`;
    const result = ok(parsePaste(rows, { domain: 'contoso.com' }));
    expect(setupOfCapture(result.capture).vars).toMatchObject({
      dkim_target1: 'selector1-contoso-com._domainkey.contoso.onmicrosoft.com',
      dkim_target2: 'selector2-contoso-com._domainkey.contoso.onmicrosoft.com',
    });
  });

  it('reads a 2026 table: MX under mx.microsoft, DKIM under dkim.mail.microsoft (read, never built)', () => {
    const rows = samples.M365_ROWS.replace('contoso-com.mail.protection.outlook.com', 'contoso-com.b-v1.mx.microsoft') +
      '\nCNAME\tselector1._domainkey\tselector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft\t1 hour';
    const result = ok(parsePaste(rows, { domain: 'contoso.com' }));
    expect(setupOfCapture(result.capture).vars).toMatchObject({
      mx: 'contoso-com.b-v1.mx.microsoft',
      dkim_target1: 'selector1-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft',
    });
  });

  it('reads the French label blocks', () => {
    const result = ok(parsePaste(samples.M365_BLOCKS_FR, { domain: 'contoso.com' }));
    expect(result.capture.vars.verify!.value).toBe('MS=ms48213377');
  });

  it('reads rows copied with single spaces', () => {
    const result = ok(parsePaste(samples.M365_ROWS.replace(/\t/g, ' '), { domain: 'contoso.com' }));
    expect(result.records.find((r) => r.value.startsWith('v=spf1'))?.value).toBe('v=spf1 include:spf.protection.outlook.com -all');
  });

  // Found by the fuzz suite: a host cell `\u009d@` gave a TXT named xn--@-xba.contoso.com (C1
  // characters are now refused before any parser), and issue 11's `..` a TXT named `.`.
  it('skips a row whose record the engine would refuse, with a note naming it', () => {
    for (const [host, value] of [['é@', 'v=spf1'], ['..', 'v=spf1'], ['a b', 'v=spf1'], ['@', 'v=spf1 \ud800']] as const) {
      const result = ok(parsePaste(samples.M365_ROWS.replace('TXT\t-\t@\tv=spf1', `TXT\t-\t${host}\t${value}`), { domain: 'contoso.com' }));
      expect(result.records.map((r) => r.type)).toEqual(['TXT', 'MX', 'CNAME']);
      expect(result.notes.map((n) => n.en)).toContainEqual(expect.stringContaining(`Skipped the TXT row for ${host.trim()}.`));
    }
  });

  it('asks for the domain, and for the missing rows', () => {
    expect(parsePaste(samples.M365_ROWS).ok).toBe(false);
    const partial = parsePaste(samples.M365_ROWS.split('\n').slice(0, 2).join('\n'), { domain: 'contoso.com' });
    expect(partial.ok).toBe(false);
    if (!partial.ok) expect(partial.problem.en).toMatch(/lacks MX/);
  });
});

describe('parsePaste: junk and hostile input', () => {
  it.each([
    ['empty', '   \n '],
    ['junk', 'lorem ipsum dolor sit amet'],
    ['a script', '<script>alert(1)</script> Nom du serveur : exchange.example.com IPv4 : 198.51.100.25'],
    ['an HTML page', '<!doctype html><html><body>MS=ms1</body></html>'],
    ['a comment tag', '<!-- x --> ab1cd-check 3600 IN CNAME ovh.com.'],
    ['huge input', 'a'.repeat(MAX_PASTE_CHARS + 1)],
  ])('refuses %s with a sentence and no setup', (_name, text) => {
    const result = parsePaste(text);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problem.en.length).toBeGreaterThan(20);
      expect(result.problem.fr.length).toBeGreaterThan(20);
    }
  });

  it('does not let invisible characters or NBSP change a value', () => {
    const sneaky = samples.SRV_WIZARD_FR.replace('ex5', 'ex\u200B5').replace('Cible :', 'Cible\u00A0:');
    const result = ok(parsePaste(sneaky));
    expect(result.capture.vars.server!.value).toBe('ex5.mail.ovh.net');
  });

  // Found by the fuzz suite: a U+2028 inside a pasted SPF value reached the record unseen.
  it('refuses C1 controls, bidi overrides and other hidden characters, naming the character', () => {
    for (const [hidden, shown] of [['\u202e', '\\u{202E}'], ['\u009b', '\\155'], ['\u2066', '\\u{2066}'], ['\ufff9', '\\u{FFF9}']] as const) {
      const result = parsePaste(samples.M365_ROWS.replace('-all', `-all${hidden}`), { domain: 'contoso.com' });
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problem.en).toBe(`The pasted text holds an invisible or control character (${shown}): copy the text again from where it is shown, or type the values.`);
    }
  });

  it('reads line and paragraph separators as line breaks, and drops direction marks', () => {
    const result = ok(parsePaste(samples.SRV_WIZARD_FR.replace(/\n/g, '\u2028').replace('ex5', 'ex\u200e5')));
    expect(result.capture.vars.server!.value).toBe('ex5.mail.ovh.net');
  });

  it('stays fast on long adversarial text under the limit', async () => {
    const text = `${'a:'.repeat(20000)} ${'1.'.repeat(10000)}`;
    await expectNoHang(() => parsePaste(text.slice(0, MAX_PASTE_CHARS)), 'colons and dotted digits', 1000);
  });

  it('never turns a bad variable value into a setup value', () => {
    const result = parsePaste('Sous domaine : _autodiscover._tcp.example.com Priorité : 0 Poids : 0 Port : 443 Cible : ex5.mail.ovh.net\nSélecteur : BAD_SELECTOR! Cible : x', { service: 'ovh-hosted-exchange' });
    const value = result.ok ? result.capture.vars : {};
    expect(Object.keys(value)).toEqual(['server']);
  });
});
