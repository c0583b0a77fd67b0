import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, SCREENSHOTS, type ExtensionSession } from './harness.js';
import { openFold } from './folds.js';
import { frenchScreenProblems } from './fr-screen.js';

/** A Domain Connect template imported on the options page, then used in the popup like a built-in service. */
let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await launchExtension(inject('dns'));
});
afterAll(() => session?.close());

const TITAN = new URL('../data/domain-connect/templates/titan.email.titan-mail-hosting.json', import.meta.url).pathname;
const ID = 'dc:titan.email/titan-mail-hosting';

describe('Domain Connect template import', () => {
  test('imported on the options page, offered in the popup (picker and service=), then removed', async () => {
    await session.setOptions({ language: 'fr' });
    const options = await session.openExtensionPage('src/options/options.html');
    await options.locator('#template-file').setInputFiles(TITAN);
    await expect.poll(() => options.locator('#templates-heading + p + div + ul li, ul.templates li').first().innerText()).toContain(ID);
    expect(await options.locator('section[aria-labelledby=templates-heading] p.status').innerText()).toBe(`Titan Mail Hosting (${ID}) importé.`);
    await options.screenshot({ path: join(SCREENSHOTS, 'options-templates-fr.png'), fullPage: true });
    expect(await frenchScreenProblems(options)).toEqual([]);

    const popup = await session.openExtensionPage(`src/popup/popup.html?${new URLSearchParams({ domain: 'example.com', service: ID })}`);
    await expect.poll(() => popup.locator('#service').inputValue()).toBe(ID);
    await openFold(popup, 'fold-records');
    await expect.poll(() => popup.locator('li.record').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringContaining('mx1.titan.email')]));
    await popup.close();

    await options.getByRole('button', { name: 'Retirer Titan Mail Hosting' }).click();
    await expect.poll(() => options.locator('section[aria-labelledby=templates-heading]').innerText()).toContain('Aucun modèle importé.');
    await options.close();
  });

  test('a template that applies only below the domain (hostRequired) asks for the host, and its records land there', async () => {
    const site = {
      providerId: 'example.net', providerName: 'Example', serviceId: 'site', serviceName: 'Example Site', hostRequired: true,
      records: [{ type: 'CNAME', host: '@', pointsTo: '%target%', ttl: 3600 }],
    };
    await session.setOptions({ language: 'en' });
    const options = await session.openExtensionPage('src/options/options.html');
    await options.locator('#template-file').setInputFiles({ name: 'site.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(site)) });
    await expect.poll(() => options.locator('section[aria-labelledby=templates-heading]').innerText()).toContain('dc:example.net/site');
    const address = { domain: 'example.com', service: 'dc:example.net/site', target: 'sites.example.net', host: 'shop' };
    const popup = await session.openExtensionPage(`src/popup/popup.html?${new URLSearchParams(address)}`);
    await expect.poll(() => popup.locator('input[name=host]').inputValue()).toBe('shop');
    expect(await popup.locator('input[name=host]').getAttribute('aria-required')).toBe('true');
    await openFold(popup, 'fold-records');
    await expect.poll(() => popup.locator('li.record').allInnerTexts()).toEqual([expect.stringMatching(/CNAME[\s\S]*shop[\s\S]*sites\.example\.net/)]);
    await popup.screenshot({ path: join(SCREENSHOTS, 'popup-template-host-en.png'), fullPage: true });
    await popup.close();
    await options.getByRole('button', { name: 'Remove Example Site' }).click();
    await options.close();
  });

  test('a file that is not a template is refused with a sentence, nothing stored', async () => {
    await session.setOptions({ language: 'en' });
    const options = await session.openExtensionPage('src/options/options.html');
    await options.locator('#template-file').setInputFiles({ name: 'x.json', mimeType: 'application/json', buffer: Buffer.from('{"providerId": "x"') });
    await expect.poll(() => options.locator('section[aria-labelledby=templates-heading] [role=alert]').innerText()).toContain('not valid JSON');
    expect(await options.locator('section[aria-labelledby=templates-heading]').innerText()).toContain('No template imported.');
    await options.close();
  });
});
