/**
 * French typography, so a colon or a question mark never starts a line on its own: a no-break
 * space (U+00A0) before « : » and inside guillemets, a narrow one (U+202F) before « ; ! ? » and
 * between the digit groups of a number written in the template (« 1 000 »).
 * The toolkit applies it to template text only (src/i18n/format.ts), before the parameters go in:
 * a value such as `v=DMARC1; p=none`, a URL or a time is shown as it is.
 */
export function frenchTypography(template: string): string {
  // Guillemets first: in « ?dns= » the space after « is the guillemet's, not the question mark's.
  return template
    .replace(/« /g, '«\u00a0')
    .replace(/ ([:»])/g, '\u00a0$1')
    .replace(/ ([;!?])/g, '\u202f$1')
    .replace(/(?<=\d) (?=\d{3}(?!\d))/g, '\u202f');
}

/**
 * In French a number is not parted from the word after it (« 3 enregistrements », « 300 s »):
 * the space that follows a number parameter is a no-break one.
 */
export const FRENCH_NUMBER_SPACE = '\u00a0';
