import type { Page } from 'playwright-core';
import { everySentence } from '../support/every-sentence.js';
import { frenchTypographyProblems } from '../support/french-typography.js';

/**
 * Issue 15: "French is complete and correct on every screen". A FR screen of the e2e runs is read
 * as the user reads it (visible text, and the labels a screen reader says) and fails on English
 * UI words and on French typography mistakes. The English words are data, not a hand list: the
 * words of the EN catalog (every sentence the product shows, test/support/every-sentence.ts) that
 * no FR sentence uses. Quoted text is a citation, not French (« Add Record » names a registrar's
 * button), and the CLI's FR sentences name its commands (`check`, `records`): neither counts as
 * French words, and quotes on a screen are not scanned either.
 */

const ROOT = new URL('../..', import.meta.url).pathname;
const WORD = /\p{L}[\p{L}’']*/gu;
/**
 * Names, addresses, e-mail addresses and record syntax (`p=none`, `v=DMARC1;`) are data (a
 * domain, a mail server, a value to type), in any language.
 */
const DATA = /\S*[\w-]\.[\w-]+\S*|\S+@\S+|\S*=\S*/gu;

/** A citation in French text: « Add Record », with the toolkit's no-break spaces or plain ones. */
const QUOTED = /«[^»]*»/gu;
/** The CLI's sentences (its command and option names are English words kept as typed). */
const CLI = /^(cli|fleet|help)/i;

const words = (text: string): string[] => [...text.replace(QUOTED, ' ').replace(DATA, ' ').matchAll(WORD)].map((match) => match[0].toLowerCase());

let englishOnly: Set<string> | undefined;

/** The EN catalog's words that the FR catalog never uses (computed once per test file). */
export function englishOnlyWords(): Set<string> {
  if (englishOnly) return englishOnly;
  const sentences = everySentence(ROOT);
  const french = new Set(sentences.filter(([where]) => !CLI.test(where)).flatMap(([, text]) => words(text.fr)));
  englishOnly = new Set(sentences.flatMap(([, text]) => words(text.en)).filter((word) => !french.has(word)));
  return englishOnly;
}

/**
 * What the user reads on the page: visible text outside code (record values, commands), and the
 * visible elements' accessible labels, placeholders and titles. Each entry is one text node or attribute.
 */
function readScreen(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const CODE = 'code, pre, kbd, samp, script, style, [translate="no"]';
    const found: string[] = [];
    const language = (tag: string | null | undefined) => (tag ?? '').split('-')[0]!.toLowerCase();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      const text = node.textContent?.trim();
      if (!text || !parent || parent.closest(CODE)) continue;
      // A part marked as another language than the page's (a language named in itself: « English ») is not the page's text.
      if (language(parent.closest('[lang]')?.getAttribute('lang')) !== language(document.documentElement.lang)) continue;
      // The options of a closed <select> are what the user reads when opening it.
      const shown = parent instanceof HTMLOptionElement ? parent.closest('select')?.checkVisibility() : parent.checkVisibility();
      if (shown) found.push(text);
    }
    for (const element of document.body.querySelectorAll('[aria-label], [placeholder], [title], [alt]')) {
      if (!element.checkVisibility() || element.closest(CODE)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.push(value);
      }
    }
    return found;
  });
}

/** English UI words and French typography mistakes on a FR screen, each with the text it was read in. */
export async function frenchScreenProblems(page: Page): Promise<string[]> {
  const english = englishOnlyWords();
  return (await readScreen(page)).flatMap((text) => [
    ...words(text).filter((word) => english.has(word)).map((word) => `English word "${word}" in: ${text}`),
    ...frenchTypographyProblems(text).map((problem) => `${problem} in: ${text}`),
  ]);
}
