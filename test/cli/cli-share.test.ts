import { describe, expect, it } from 'vitest';
import { decodeShareCode } from '../../src/share/share-code.js';
import { runBuiltCli } from './run-built-cli.js';

const SETUP = ['--service', 'ovh-hosted-exchange', '--var', 'server=ex5.mail.ovh.net', '--var', 'token=ab1cd', '--var', 'dmarc=v=DMARC1; p=none'];
/** The setup as given, its domain read by the one name rule (an IDN travels in its xn-- form). */
const AS_GIVEN = {
  domain: 'xn--caf-dma.example',
  service: 'ovh-hosted-exchange',
  vars: { server: 'ex5.mail.ovh.net', token: 'ab1cd', dmarc: 'v=DMARC1; p=none' },
};

describe('dns-setup-assistant share', () => {
  it('prints a DSA2 code alone, holding the setup as given', async () => {
    const run = await runBuiltCli(['share', 'café.example', ...SETUP]);
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/^DSA2-[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{1,4})+\n$/);
    expect(decodeShareCode(run.stdout)).toEqual({ ok: true, setup: AS_GIVEN });
  });

  it('fits a Hosted Exchange setup in 64 characters', async () => {
    const run = await runBuiltCli(['share', 'my-company-name.com', '--service', 'ovh-hosted-exchange', '--var', 'server=ex12.mail.ovh.net', '--var', 'token=Ab1cD']);
    expect(run.stdout.trim().length).toBeLessThanOrEqual(64);
  });

  it('prints DSA1 with --format dsa1, and refuses other formats', async () => {
    const run = await runBuiltCli(['share', 'café.example', ...SETUP, '--format', 'dsa1']);
    expect(run.stdout).toMatch(/^DSA1:[A-Za-z0-9_-]+\n$/);
    expect(decodeShareCode(run.stdout)).toEqual({ ok: true, setup: AS_GIVEN });
    const bad = await runBuiltCli(['share', 'café.example', ...SETUP, '--format', 'dsa3']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('"dsa3"');
  });

  it('refuses, exit 2, a setup too long for any code', async () => {
    const run = await runBuiltCli(['share', 'example.com', '--service', 'ovh-mx-plan', '--var', `dmarc=v=DMARC1; p=none; rua=mailto:${'a'.repeat(1100)}@example.com`]);
    expect([run.code, run.stdout]).toEqual([2, '']);
    expect(run.stderr).toBe('This setup is too long for a share code (its values hold more than about 1,000 characters): share them another way.\n');
  });

  it('round-trips through records --code, in both formats: same output as the setup typed out', async () => {
    for (const codeFormat of ['dsa2', 'dsa1']) {
      const code = (await runBuiltCli(['share', 'café.example', ...SETUP, '--format', codeFormat])).stdout.trim();
      for (const format of ['json', 'zone', 'table']) {
        const direct = await runBuiltCli(['records', 'café.example', ...SETUP, '--format', format]);
        const viaCode = await runBuiltCli(['records', '--code', code, '--format', format]);
        expect(viaCode.code).toBe(0);
        expect(viaCode.stdout).toBe(direct.stdout);
      }
    }
  });

  it('finds the code in whatever text --code is given: an e-mail, a chat line, a code read out', async () => {
    const code = (await runBuiltCli(['share', 'example.com', ...SETUP])).stdout.trim();
    const groups = code.slice(5).split('-');
    for (const text of [
      `  ${code}\n`,
      `Here is my code: ${code}`,
      `Hello,\n\n> my code is DSA2-${groups.slice(0, 6).join('-')}-\n> ${groups.slice(6).join('-')}\n\nThanks`,
      `dsa2 ${groups.join(' ').toLowerCase()}`,
    ]) {
      const run = await runBuiltCli(['records', '--code', text, '--format', 'json']);
      expect(run.stderr).toBe('');
      expect(run.code).toBe(0);
      expect(JSON.parse(run.stdout).domain).toBe('example.com');
    }
  });

  it('names the character to check when one was mistyped', async () => {
    const code = (await runBuiltCli(['share', 'example.com', ...SETUP])).stdout.trim();
    const typo = code.slice(0, 22) + (code[22] === '7' ? '8' : '7') + code.slice(23);
    const run = await runBuiltCli(['records', '--code', typo], { LANG: 'fr_FR.UTF-8' });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('Le code de contrôle ne correspond pas\u00a0: le caractère 15 semble faux (le 3e du groupe 4). Vérifiez-le auprès de la personne qui vous a donné le code.\n');
  });
});
