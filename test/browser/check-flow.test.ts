import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { encodeShareCode } from '../../src/share/share-code.js';
import { copiedTexts, SCREENSHOTS, seriousViolations, useExtensionSession } from './harness.js';
import { openFold } from './folds.js';

// test/fixtures/zones/e2e-onprem.test.zone: A, MX and SPF right, SRV on port 80, no _dmarc.
const SETUP = { domain: 'e2e-onprem.test', service: 'exchange-onprem', vars: { ip: '203.0.113.10', dmarc: 'v=DMARC1; p=none' } };

const session = useExtensionSession({ screenshots: '', language: 'en' });

function popupPath(params: Record<string, string>): string {
  return `src/popup/popup.html?${new URLSearchParams(params)}`;
}

async function statusByRecord(page: Page): Promise<Record<string, string>> {
  const rows = page.locator('li.result');
  const entries: [string, string][] = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    // Folded under its line: textContent, not innerText (which is empty for content not shown).
    const heading = ((await row.locator('h3').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    const [, type, name] = /(A|AAAA|CNAME|MX|TXT|SRV) (\S+)$/.exec(heading) ?? [];
    entries.push([`${type} ${name}`, (await row.getAttribute('data-status')) ?? '']);
  }
  return Object.fromEntries(entries);
}

describe('a setup checked against the loopback DoH server', () => {
  let page: Page;

  test('URL parameters pre-fill the form and the records', async () => {
    page = await session.openExtensionPage(popupPath({ domain: SETUP.domain, service: SETUP.service, ...SETUP.vars }));
    await expect.poll(() => page.locator('#domain').inputValue()).toBe('e2e-onprem.test');
    expect(await page.locator('#service').inputValue()).toBe('exchange-onprem');
    expect(await page.locator('#var-ip').inputValue()).toBe('203.0.113.10');
    expect(await page.locator('#var-dmarc').inputValue()).toBe('v=DMARC1; p=none');
    await expect.poll(() => page.locator('li.record').count()).toBe(5);
    await openFold(page, 'fold-records');
    expect(await page.locator('ol.records').innerText()).toContain('mail.e2e-onprem.test');
  });

  test('each field is copyable in one click', async () => {
    await openFold(page, 'fold-records');
    await page.getByRole('button', { name: 'Copy Value of A mail.e2e-onprem.test' }).click();
    await expect.poll(() => copiedTexts(page)).toContain('203.0.113.10');
    expect(await page.locator('p.status').innerText()).toContain('Copied: 203.0.113.10');
  });

  // The cache sentence counts down what the suite's resolver cached (another test may have asked first).
  // One retry, on the page the first try left checked ("Check again").
  test('"Check now" shows the right status per record, resolver answers, TTL and name servers', { retry: 1 }, async () => {
    await page.getByRole('button', { name: /^Check (now|again)$/ }).click();
    await expect.poll(() => page.locator('li.result').count(), { timeout: 15_000 }).toBeGreaterThanOrEqual(5);
    const statuses = await statusByRecord(page);
    expect(statuses).toMatchObject({
      'A mail.e2e-onprem.test': 'ok',
      'MX e2e-onprem.test': 'ok',
      'TXT e2e-onprem.test': 'ok',
      'SRV _autodiscover._tcp.e2e-onprem.test': 'mismatch',
      'TXT _dmarc.e2e-onprem.test': 'missing',
    });
    // One line per record; its detail and each resolver's answer one click away each.
    const srvLine = page.locator('li.result-group[data-status="mismatch"]').first();
    await srvLine.locator('summary').first().click();
    await srvLine.locator('details.result-details > summary').first().click();
    const srv = srvLine.locator('li.result').first();
    expect(await srv.innerText()).toContain('cloudflare-dns.com');
    expect(await srv.innerText()).toContain('dns.google');
    expect(await srv.innerText()).toContain('0 0 80 mail.e2e-onprem.test.');
    expect(await page.locator('.results').innerText()).toContain('ns1.e2e-onprem.test');
    expect(await page.locator('.results').innerText()).toMatch(/cached up to (1 h|\d+ min( \d+ s)?|\d+ s)\./);
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-check-en.png'), fullPage: true });
    expect(await seriousViolations(page)).toEqual([]);
  });

  test('the result survives closing the popup, and the badge shows the problems', async () => {
    const tabId = await session.tabIdOf(page.url());
    const badge = await session.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(badge).toBe('2');
    await page.close();
    page = await session.openExtensionPage(popupPath({ domain: SETUP.domain, service: SETUP.service, ...SETUP.vars }));
    await expect.poll(() => page.locator('li.result').count()).toBeGreaterThanOrEqual(5);
  });

  test('"Copy report" copies a complete diagnostic', async () => {
    await page.getByRole('button', { name: 'Copy report' }).click();
    await expect.poll(async () => (await copiedTexts(page)).length).toBe(1);
    const [report] = await copiedTexts(page);
    for (const part of ['e2e-onprem.test', 'Exchange Server (on-premises)', 'exchange-onprem', '0.1.0', 'cloudflare-dns.com', 'dns.google', 'ns1.e2e-onprem.test', 'MISSING', 'WRONG', '_autodiscover._tcp.e2e-onprem.test', '203.0.113.10']) {
      expect(report).toContain(part);
    }
  });

  test('"Share" copies a code that pre-fills another popup', async () => {
    await openFold(page, 'fold-share');
    await page.getByRole('button', { name: 'Share', exact: true }).click();
    await expect.poll(() => page.locator('#share-code').inputValue()).toMatch(/^DSA2-/);
    const code = await page.locator('#share-code').inputValue();
    expect(code).toBe(encodeShareCode(SETUP));
    const other = await session.openExtensionPage(popupPath({ code }));
    await expect.poll(() => other.locator('#domain').inputValue()).toBe('e2e-onprem.test');
    expect(await other.locator('#var-ip').inputValue()).toBe('203.0.113.10');
    await other.close();
  });
});

describe('invalid setups are refused, never applied silently', () => {
  test('a bad code in the address is shown as an error', async () => {
    const page = await session.openExtensionPage(popupPath({ code: 'DSA1:not-base64!' }));
    await expect.poll(() => page.locator('[role=alert]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role=alert]').first().innerText()).toContain('not applied');
    expect(await page.locator('#domain').inputValue()).not.toBe('not-base64');
    await page.close();
  });

  test('an unknown service in the address is refused with a sentence', async () => {
    const page = await session.openExtensionPage(popupPath({ domain: 'refused.test', service: 'no-such-service' }));
    await expect.poll(() => page.locator('[role=alert]').count()).toBeGreaterThan(0);
    expect(await page.locator('[role=alert]').first().innerText()).toMatch(/no-such-service/);
    expect(await page.locator('#domain').inputValue()).not.toBe('refused.test');
    await page.close();
  });

  test('a pasted code with a bad prefix or bad variables is refused', async () => {
    const page = await session.openExtensionPage('src/popup/popup.html');
    const before = await page.locator('#domain').inputValue();
    await openFold(page, 'fold-share');
    await page.locator('#paste-code').fill('XYZ9:abc');
    await page.getByRole('button', { name: 'Apply code' }).click();
    await expect.poll(() => page.locator('#paste-problems').innerText()).toMatch(/DSA1/);
    const badIp = encodeShareCode({ domain: 'bad.test', service: 'exchange-onprem', vars: { ip: '999.1.1.1' } });
    await page.locator('#paste-code').fill(badIp);
    await page.getByRole('button', { name: 'Apply code' }).click();
    await expect.poll(() => page.locator('#paste-problems').innerText()).toMatch(/999\.1\.1\.1/);
    expect(await page.locator('#domain').inputValue()).toBe(before);
    await page.screenshot({ path: join(SCREENSHOTS, 'popup-bad-code-en.png'), fullPage: true });
    await page.close();
  });
});
