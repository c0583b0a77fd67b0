import type { Answer } from 'dns-packet';
import { Parser } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { version } from '../../package.json';
import type { CliIo } from '../../src/cli/cli-io.js';
import { runCli } from '../../src/cli/run-cli.js';
import { runCheck } from '../../src/dns/run-check.js';
import { formatDiagnosticReport } from '../../src/report/diagnostic-report.js';
import { expandService } from '../../src/services/expand.js';
import { encodeShareCode } from '../../src/share/share-code.js';
import { fakeDohFetch, type FakeReply } from '../support/fake-doh-fetch.js';
import { settlesAt } from '../support/fake-clock.js';

/*
 * The report command's logic with a fake DoH fetch, in-process: the same function as the popup's
 * "Copy report", exit codes as check, hostile DNS data made text. Through the built CLI against
 * real DoH servers: report-loopback.test.ts.
 */
const DOMAIN = 'example.net';
const RESOLVER = 'https://one.test/dns-query';
const MX: Answer[] = [1, 5, 50, 100, 200].map((preference, i) => ({ type: 'MX', name: DOMAIN, ttl: 3600, data: { preference, exchange: `mx${i}.mail.ovh.net` } }));
const SPF: Answer = { type: 'TXT', name: DOMAIN, ttl: 600, data: ['v=spf1 include:mx.ovh.com ~all'] };
/** What the include pulls in (an include without SPF is a permerror, RFC 7208 §5.2). */
const OVH_SPF: Answer = { type: 'TXT', name: 'mx.ovh.com', ttl: 600, data: ['v=spf1 ip4:198.51.100.0/24 ~all'] };

function zone(records: Record<string, Answer[]>) {
  const served: Record<string, Answer[]> = { 'TXT mx.ovh.com': [OVH_SPF], ...records };
  return (question: { name: string; type: string }): FakeReply => ({ answers: served[`${question.type} ${question.name}`] ?? [] });
}

async function report(args: string[], records: Record<string, Answer[]>) {
  const fake = fakeDohFetch(zone(records));
  const out = { stdout: '', stderr: '' };
  const io: CliIo = { env: { LANG: 'C' }, stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text), stderrIsTty: false, fetch: fake.fetch };
  const code = await runCli(['report', ...args, '--resolver', RESOLVER], io);
  return { code, ...out, fetch: fake.fetch };
}

const withoutTime = (text: string) => text.replace(/\d{4}-\d\d-\d\dT[\d:.]+Z/, 'TIME');

describe('report (in-process, fake DoH)', () => {
  it('prints exactly what the popup copies: one function writes both', async () => {
    const records = { [`MX ${DOMAIN}`]: MX, [`TXT ${DOMAIN}`]: [SPF] };
    const run = await report([DOMAIN, '--service', 'ovh-mx-plan', '--var', 'region=eu', '--lang', 'fr'], records);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    const expanded = expandService('ovh-mx-plan', DOMAIN, { region: 'eu' });
    if (!expanded.ok) throw new Error('setup');
    const popup = formatDiagnosticReport(await runCheck({ set: expanded.set, resolvers: [RESOLVER], fetch: run.fetch }), {
      lang: 'fr',
      serviceName: 'OVHcloud MX Plan',
      extensionVersion: version,
      vars: { region: 'eu' },
    });
    expect(withoutTime(run.stdout)).toBe(withoutTime(popup));
    expect(run.stdout).toMatch(/^# Rapport de vérification DNS\u00a0: example\.net\n/);
  });

  it('exits as check does: 1 with a missing record, and the row says so with its expected value', async () => {
    const run = await report([DOMAIN, '--service', 'ovh-mx-plan'], { [`MX ${DOMAIN}`]: MX });
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('#### 6. MISSING: TXT `example.net`\n- Expected: `"v=spf1 include:mx.ovh.com ~all"`');
  });

  it('takes --code, or text holding one', async () => {
    const code = encodeShareCode({ domain: DOMAIN, service: 'ovh-mx-plan', vars: {} });
    const run = await report(['--code', `Hi! My code is ${code}, thanks.`], { [`MX ${DOMAIN}`]: MX, [`TXT ${DOMAIN}`]: [SPF] });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('# DNS check report: example.net');
  });

  it('takes --timeout and --deadline as check does: a hanging resolver costs the deadline, not more', async () => {
    const hanging = fakeDohFetch(() => 'hang');
    const out = { stdout: '', stderr: '' };
    const io: CliIo = { env: { LANG: 'C' }, stdout: (text) => (out.stdout += text), stderr: (text) => (out.stderr += text), stderrIsTty: false, fetch: hanging.fetch };
    const code = await settlesAt(300, () => runCli(['report', DOMAIN, '--service', 'ovh-mx-plan', '--resolver', RESOLVER, '--timeout', '5000', '--deadline', '300'], io));
    expect(code).toBe(3);
    expect(out.stdout).toContain('NOT CHECKED');
    const bad = await report([DOMAIN, '--service', 'ovh-mx-plan', '--deadline', 'soon'], {});
    expect([bad.code, bad.stdout]).toEqual([2, '']);
    expect(bad.stderr).toContain('"soon"');
  });

  it('takes a Domain Connect template as check does, naming the service dc:<providerId>/<serviceId>', async () => {
    const o365 = new URL('../data/domain-connect/templates/microsoft.com.o365.json', import.meta.url).pathname;
    const run = await report(['example.com', '--template', o365, '--group', 'Verification', '--var', 'VERIFYTXT=MS=ms12345678'], {});
    expect(run.stderr).toBe('');
    expect(run.code).toBe(1);
    expect(run.stdout).toContain('(dc:microsoft.com/O365)');
    expect(run.stdout).toContain('#### 1. MISSING: TXT `example.com`\n- Expected: `"MS=ms12345678"`');
  });

  it('renders hostile answers as text: no link, no HTML, no terminal escape', async () => {
    const hostile: Answer[] = [
      { type: 'MX', name: DOMAIN, ttl: 60, data: { preference: 1, exchange: 'mx.evil.example' } },
      { type: 'TXT', name: DOMAIN, ttl: 60, data: ['*[x](javascript:alert(1))* <img src=x onerror=alert(1)> \u001b]52;c;ZXZpbA==\u0007 \u202eevil'] },
    ];
    const run = await report([DOMAIN, '--service', 'ovh-mx-plan'], { [`MX ${DOMAIN}`]: hostile, [`TXT ${DOMAIN}`]: [hostile[1]!], [`NS ${DOMAIN}`]: [{ type: 'NS', name: DOMAIN, ttl: 60, data: 'ns1.evil_[a](b).example' }] });
    expect(run.code).toBe(1);
    expect(run.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u202a-\u202e]/);
    expect(run.stdout).toContain('\\027]52;c;ZXZpbA==\\007 \\u{202E}evil');
    const walker = new Parser().parse(run.stdout).walker();
    for (let event = walker.next(); event; event = walker.next()) expect(['link', 'image', 'html_inline', 'html_block', 'emph']).not.toContain(event.node.type);
  });
});
