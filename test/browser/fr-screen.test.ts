import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { useExtensionSession } from './harness.js';
import { englishOnlyWords, frenchScreenProblems } from './fr-screen.js';

/** The FR screen scan (fr-screen.ts) finds what it is for: English UI words, French typography mistakes. */
const session = useExtensionSession({ freshEachTest: true });

async function openPopup(lang: 'en' | 'fr'): Promise<Page> {
  await session.setOptions({ language: lang });
  const page = await session.openExtensionPage('src/popup/popup.html');
  await page.locator('#domain').waitFor();
  return page;
}

describe('the FR screen scan', () => {
  test('its English words come from the catalogs: common UI words in, words both languages use out', () => {
    const english = englishOnlyWords();
    for (const word of ['the', 'your', 'now', 'missing', 'record', 'filled']) expect(english).toContain(word);
    for (const word of ['dns', 'options', 'exchange', 'spf', 'domaine']) expect(english).not.toContain(word);
  });

  test('passes the French popup, flags the English one, and flags an English word or a typography mistake added to a French screen', async () => {
    expect(await frenchScreenProblems(await openPopup('fr'))).toEqual([]);
    expect((await frenchScreenProblems(await openPopup('en'))).length).toBeGreaterThan(10);
    const french = await openPopup('fr');
    await french.evaluate(() => {
      const added = document.createElement('p');
      added.textContent = 'Enregistrements: 3 (your DNS host)';
      document.querySelector('main')!.append(added);
    });
    const problems = await frenchScreenProblems(french);
    expect(problems).toContainEqual(expect.stringMatching(/^English word "your"/));
    expect(problems).toContainEqual(expect.stringMatching(/no space before/));
    // Data is not language: a domain or a mail server named on a French screen passes.
    await french.evaluate(() => (document.querySelector('main > p:last-child')!.textContent = 'Le domaine check-now.example.com, l’hôte mail.records.test'));
    expect(await frenchScreenProblems(french)).toEqual([]);
    // A part marked as English (a language named in itself) is not French text; the same words unmarked are flagged.
    await french.evaluate(() => (document.querySelector('main > p:last-child')!.innerHTML = '<span lang="en">English</span>, v=DMARC1; p=none'));
    expect(await frenchScreenProblems(french)).toEqual([]);
    await french.evaluate(() => document.querySelector('main > p:last-child > span')!.removeAttribute('lang'));
    expect(await frenchScreenProblems(french)).toEqual([expect.stringMatching(/^English word "english"/)]);
  });
});
