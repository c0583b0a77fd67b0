import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { launchExtension, SCREENSHOTS, seriousViolations, type ExtensionSession } from './harness.js';

let session: ExtensionSession;
beforeAll(async () => {
  mkdirSync(SCREENSHOTS, { recursive: true });
  session = await launchExtension(inject('dns'));
});
afterAll(() => session?.close());

describe('popup and side panel render', () => {
  for (const page of ['popup', 'sidepanel'] as const) {
    test(`${page} in English with no serious axe violation`, async () => {
      await session.setOptions({ language: 'en' });
      const view = await session.openExtensionPage(`src/popup/${page}.html`);
      await expect.poll(() => view.locator('h1').textContent()).toBe('DNS Setup Assistant');
      expect(await view.getAttribute('html', 'lang')).toBe('en');
      await expect.poll(() => view.getByLabel('Domain (the zone you edit)').count()).toBe(1);
      expect(await view.getByRole('button', { name: 'Check now' }).isDisabled()).toBe(true);
      await view.screenshot({ path: join(SCREENSHOTS, `${page}-en.png`), fullPage: true });
      expect(await seriousViolations(view)).toEqual([]);
      await view.close();
    });

    test(`${page} in French when the option says so`, async () => {
      await session.setOptions({ language: 'fr' });
      const view = await session.openExtensionPage(`src/popup/${page}.html`);
      await expect.poll(() => view.locator('h1').textContent()).toBe('Assistant de configuration DNS');
      expect(await view.getAttribute('html', 'lang')).toBe('fr');
      await expect.poll(() => view.getByLabel('Domaine (la zone que vous modifiez)').count()).toBe(1);
      await view.screenshot({ path: join(SCREENSHOTS, `${page}-fr.png`), fullPage: true });
      expect(await seriousViolations(view)).toEqual([]);
      await view.close();
    });
  }
});
