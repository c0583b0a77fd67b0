/**
 * Zone-file text (RFC 1035 section 5.1) → logical lines of tokens. Handles quoted
 * strings with escapes, `;` comments, and parentheses, inside which line ends are
 * plain spaces (that is how SOA records and long DKIM keys span several lines).
 * Escapes are kept in the tokens; decodeCharacterString() turns them into bytes.
 */
import { localized } from '../i18n/format.js';
import type { Localized } from '../i18n/lang.js';

export interface ZoneToken {
  /** The token as written, quotes removed, escapes kept. */
  raw: string;
  quoted: boolean;
}

export interface LogicalLine {
  /** 1-based number of the physical line where the entry starts. */
  line: number;
  /** The entry starts with a space or tab: it reuses the previous owner name. */
  blankOwner: boolean;
  tokens: ZoneToken[];
  /** A quote or parenthesis problem was reported for this entry: its tokens are not to be trusted. */
  broken?: true;
}

export interface LineProblem {
  line: number;
  message: Localized;
}

export function tokenizeZone(text: string): { lines: LogicalLine[]; problems: LineProblem[] } {
  const lines: LogicalLine[] = [];
  const problems: LineProblem[] = [];
  let lineNumber = 1;
  let entry: LogicalLine | undefined;
  let token: ZoneToken | undefined;
  let depth = 0;
  let openedAt = 0;
  let quoteOpenedAt = 0;
  let inQuote = false;

  const endToken = (): void => {
    if (token) entry?.tokens.push(token);
    token = undefined;
  };
  const endEntry = (): void => {
    endToken();
    if (entry && entry.tokens.length > 0) lines.push(entry);
    entry = undefined;
  };
  const append = (chars: string, quoted: boolean): void => {
    token ??= { raw: '', quoted };
    token.raw += chars;
  };

  for (let i = 0; i < text.length; i += 1) {
    const char = text[i] ?? '';
    if (!entry) {
      entry = { line: lineNumber, blankOwner: char === ' ' || char === '\t', tokens: [] };
    }
    if (char === '\\') {
      // The escaped character is data, whatever it is (`\;`, `\"`, `\ `, or the first digit of \DDD).
      append(char + (text[i + 1] ?? ''), inQuote);
      i += 1;
      if (text[i] === '\n') lineNumber += 1;
      continue;
    }
    if (inQuote) {
      if (char === '"') {
        inQuote = false;
        token ??= { raw: '', quoted: true };
        endToken();
      } else if (char === '\n') {
        problems.push({ line: quoteOpenedAt, message: unclosedQuote(quoteOpenedAt) });
        entry.broken = true;
        inQuote = false;
        endToken();
        lineNumber += 1;
        if (depth === 0) endEntry();
      } else {
        append(char, true);
      }
      continue;
    }
    switch (char) {
      case ' ':
      case '\t':
      case '\r':
        endToken();
        break;
      case '\n':
        lineNumber += 1;
        if (depth === 0) endEntry();
        else endToken();
        break;
      case ';':
        while (i + 1 < text.length && text[i + 1] !== '\n') i += 1;
        endToken();
        break;
      case '"':
        endToken();
        inQuote = true;
        quoteOpenedAt = lineNumber;
        token = { raw: '', quoted: true };
        break;
      case '(':
        endToken();
        if (depth === 0) openedAt = lineNumber;
        depth += 1;
        break;
      case ')':
        endToken();
        if (depth === 0) {
          entry.broken = true;
          problems.push({
            line: lineNumber,
            message: localized({
              en: `Line {lineNumber} closes a parenthesis that was never opened: remove the ")".`,
              fr: `La ligne {lineNumber} ferme une parenthèse jamais ouverte : supprimez la « ) ».`,
            }, { lineNumber: String(lineNumber) }),
          });
        } else {
          depth -= 1;
        }
        break;
      default:
        append(char, false);
    }
  }
  if (inQuote) problems.push({ line: quoteOpenedAt, message: unclosedQuote(quoteOpenedAt) });
  if ((inQuote || depth > 0) && entry) entry.broken = true;
  if (depth > 0) {
    problems.push({
      line: openedAt,
      message: localized({
        en: `The parenthesis opened on line {openedAt} is never closed: add the ")" where the record ends.`,
        fr: `La parenthèse ouverte à la ligne {openedAt} n’est jamais fermée : ajoutez la « ) » à la fin de l’enregistrement.`,
      }, { openedAt: String(openedAt) }),
    });
  }
  endEntry();
  return { lines, problems };
}

// Line numbers are positions, not quantities: given as text, format() does not bind them to the next word.
function unclosedQuote(line: number): Localized {
  return localized({
    en: `The quoted text that starts on line {line} is not closed: add the closing quote (") on the same line, and write a quote inside the text as \\".`,
    fr: `Le texte entre guillemets commencé à la ligne {line} n’est pas fermé : ajoutez le guillemet fermant (") sur la même ligne, et écrivez un guillemet dans le texte sous la forme \\".`,
  }, { line: String(line) });
}

const encoder = new TextEncoder();

/** A token's bytes: `\DDD` is one byte (decimal), `\X` is X, other characters are their UTF-8. */
export function decodeCharacterString(
  raw: string,
): { ok: true; bytes: Uint8Array } | { ok: false; problem: Localized } {
  const bytes: number[] = [];
  for (let i = 0; i < raw.length; i += 1) {
    const char = raw[i] ?? '';
    if (char !== '\\') {
      const codePoint = raw.codePointAt(i) ?? 0;
      const whole = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(whole));
      i += whole.length - 1;
      continue;
    }
    const digits = raw.slice(i + 1, i + 4);
    if (/^[0-9]/.test(digits)) {
      const value = Number(digits);
      if (!/^[0-9]{3}$/.test(digits) || value > 255) {
        return { ok: false, problem: badEscape(raw, `\\${digits}`) };
      }
      bytes.push(value);
      i += 3;
    } else if (i + 1 < raw.length) {
      const codePoint = raw.codePointAt(i + 1) ?? 0;
      const whole = String.fromCodePoint(codePoint);
      bytes.push(...encoder.encode(whole));
      i += whole.length;
    } else {
      return { ok: false, problem: badEscape(raw, '\\') };
    }
  }
  return { ok: true, bytes: Uint8Array.from(bytes) };
}

function badEscape(raw: string, escape: string): Localized {
  return localized({
    en: `"{raw}" contains the escape "{escape}", which is not valid: write a byte as a backslash and exactly three digits (000 to 255), or a quote as \\" and a backslash as \\\\.`,
    fr: `« {raw} » contient l’échappement « {escape} », qui n’est pas valide : écrivez un octet comme une barre oblique inverse et exactement trois chiffres (000 à 255), un guillemet comme \\" et une barre oblique inverse comme \\\\.`,
  }, { raw, escape });
}
