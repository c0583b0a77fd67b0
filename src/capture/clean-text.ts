import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';
import { firstHiddenCharacter } from '../lib/visible-text.js';

/**
 * Pasted text and page text are untrusted: this is the one gate they pass before any parser.
 * 64 KB is far more than any e-mail, record table or zone snippet a person pastes; bigger input
 * is refused rather than scanned (regexes on megabytes would freeze the popup).
 */
export const MAX_PASTE_CHARS = 64 * 1024;

// Zero-width characters and direction marks arrive with text copied from web pages and e-mails
// and hide inside names.
const INVISIBLE = /[\u200B-\u200F\u061C\u2060\uFEFF\u00AD]/g;
// NEL and the line and paragraph separators end a line like LF does (a value never spans two).
const LINE_BREAK = /\r\n?|[\u0085\u2028\u2029]/g;
// Control characters other than tab and newline have no place in any shape we read.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// Markup: a pasted page source or a script, never a shape we read. Linear on purpose: the former
// `<\s*\/?\s*(?:[a-z][a-z0-9-]*|…)[^>]*>` backtracked in cubic time (a 6 KB paste froze the popup
// for 45 s). Each candidate now stops at the next `<`, so a `<` inside an attribute ends that
// candidate; a page source still shows plenty of tags around it.
const MARKUP = /<[\s/]*(?:[a-z]|!--|!doctype)[^<>]*>/i;

/** Page or pasted text in one form: NBSP and narrow NBSP as spaces, LF line ends, no invisible characters. */
export function cleanText(text: string): string {
  return text
    .replace(LINE_BREAK, '\n')
    .replace(/[\u00A0\u202F\u2007]/g, ' ')
    .replace(INVISIBLE, '')
    .replace(CONTROL, '');
}

/** Why pasted text can't be read at all (too big, empty, markup), or undefined when it may be read. */
export function pasteGateProblem(text: string): Localized | undefined {
  if (text.length > MAX_PASTE_CHARS) {
    return localized({
      en: `The pasted text is too long ({length} characters, at most {max}): paste only the part with the records or values.`,
      fr: `Le texte collé est trop long ({length} caractères, {max} au plus) : collez seulement la partie avec les enregistrements ou les valeurs.`,
    }, { length: text.length, max: String(MAX_PASTE_CHARS) });
  }
  if (cleanText(text).trim() === '') {
    return localized({
      en: 'Nothing to read: paste the delivery e-mail, zone-file lines, the control panel diagnostic or the Microsoft 365 record table.',
      fr: 'Rien à lire : collez l’e-mail de livraison, des lignes de fichier de zone, le diagnostic de l’espace client ou le tableau des enregistrements Microsoft 365.',
    });
  }
  // What is left that a person cannot see (C1 controls, bidi overrides and isolates, other format
  // characters) would reach a value unseen or reorder what the user checks before it is used.
  const hidden = firstHiddenCharacter(cleanText(text).replace(/[\t\n]/g, ' '));
  if (hidden !== undefined) {
    return localized({
      en: `The pasted text holds an invisible or control character ({hidden}): copy the text again from where it is shown, or type the values.`,
      fr: `Le texte collé contient un caractère invisible ou de contrôle ({hidden}) : copiez de nouveau le texte là où il est affiché, ou tapez les valeurs.`,
    }, { hidden });
  }
  if (MARKUP.test(text)) {
    return localized({
      en: 'The text contains HTML markup, which is never read: copy the text as the page or the e-mail shows it, not its source.',
      fr: 'Le texte contient du balisage HTML, qui n’est jamais lu : copiez le texte tel que la page ou l’e-mail l’affiche, pas sa source.',
    });
  }
  return undefined;
}
