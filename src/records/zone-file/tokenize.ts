/**
 * Zone-file text (RFC 1035 section 5.1) → logical lines of tokens. Handles quoted
 * strings with escapes, `;` comments, and parentheses, inside which line ends are
 * plain spaces (that is how SOA records and long DKIM keys span several lines).
 * Escapes are kept in the tokens; zone-escapes.ts turns them into bytes.
 *
 * One pass over the text by index, each token sliced out whole: the time is linear in the
 * size of the file whatever it holds (hostile files included), and a 10 MB zone takes
 * a fraction of a second.
 */
import type { Localized } from '../../i18n/lang.js';
import { localized } from '../../i18n/format.js';

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

const NEWLINE = 10;
const SPACE = 32;
const TAB = 9;
const CR = 13;
const SEMICOLON = 59;
const QUOTE = 34;
const OPEN = 40;
const CLOSE = 41;
const BACKSLASH = 92;
const NUL = 0;

/** Characters that end an unquoted token. */
function endsToken(code: number): boolean {
  return code === SPACE || code === TAB || code === CR || code === NEWLINE || code === SEMICOLON || code === QUOTE || code === OPEN || code === CLOSE || code === NUL;
}

export function tokenizeZone(written: string): { lines: LogicalLine[]; problems: LineProblem[] } {
  // A CR alone ends a line, as in BIND's lexer (files saved with classic Mac line ends); CRLF is one line end.
  const text = written.replace(LONE_CR, '\n');
  const lines: LogicalLine[] = [];
  const problems: LineProblem[] = [];
  let lineNumber = 1;
  let entry: LogicalLine | undefined;
  /** The physical line being read started with a space or a tab. */
  let lineStartsBlank = text.charCodeAt(0) === SPACE || text.charCodeAt(0) === TAB;
  let depth = 0;
  let openedAt = 0;

  const push = (token: ZoneToken): void => {
    entry ??= { line: lineNumber, blankOwner: lineStartsBlank, tokens: [] };
    entry.tokens.push(token);
  };
  const endEntry = (): void => {
    if (entry) lines.push(entry);
    entry = undefined;
  };
  const breakEntry = (): void => {
    entry ??= { line: lineNumber, blankOwner: lineStartsBlank, tokens: [] };
    entry.broken = true;
  };
  const newLine = (): void => {
    lineNumber += 1;
    if (depth === 0) endEntry();
  };

  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === NEWLINE) {
      i += 1;
      newLine();
      if (depth === 0) lineStartsBlank = text.charCodeAt(i) === SPACE || text.charCodeAt(i) === TAB;
    } else if (code === SPACE || code === TAB || code === CR) {
      i += 1;
    } else if (code === SEMICOLON) {
      const end = text.indexOf('\n', i);
      i = end < 0 ? text.length : end;
    } else if (code === OPEN) {
      if (depth === 0) openedAt = lineNumber;
      depth += 1;
      i += 1;
    } else if (code === CLOSE) {
      if (depth === 0) {
        breakEntry();
        problems.push({ line: lineNumber, message: strayClose(lineNumber) });
      } else {
        depth -= 1;
      }
      i += 1;
    } else if (code === NUL) {
      // BIND's reader stops at a NUL byte (a syntax error); as data it is written \000.
      breakEntry();
      if (problems.at(-1)?.line !== lineNumber || problems.at(-1)?.message !== NUL_BYTE) problems.push({ line: lineNumber, message: NUL_BYTE });
      i += 1;
    } else if (code === QUOTE) {
      const quoteLine = lineNumber;
      // An escaped line end is data (byte 10) and the string goes on, as BIND reads it.
      let escapedLineEnds = 0;
      let j = i + 1;
      while (j < text.length && text.charCodeAt(j) !== QUOTE && text.charCodeAt(j) !== NEWLINE && text.charCodeAt(j) !== NUL) {
        if (text.charCodeAt(j) === BACKSLASH && text.charCodeAt(j + 1) === NEWLINE) escapedLineEnds += 1;
        j += text.charCodeAt(j) === BACKSLASH && j + 1 < text.length ? 2 : 1;
      }
      push({ raw: text.slice(i + 1, Math.min(j, text.length)), quoted: true });
      lineNumber += escapedLineEnds;
      if (text.charCodeAt(j) !== QUOTE && text.charCodeAt(j) !== NUL) {
        problems.push({ line: quoteLine, message: unclosedQuote(quoteLine) });
        breakEntry();
      }
      // The closing quote is consumed; a line end is left for the loop to count.
      i = text.charCodeAt(j) === QUOTE ? j + 1 : j;
    } else {
      let j = i;
      while (j < text.length && !endsToken(text.charCodeAt(j))) {
        if (text.charCodeAt(j) === BACKSLASH && j + 1 < text.length) {
          // The escaped character is data, whatever it is (`\;`, `\"`, `\ `, or the first digit of \DDD).
          if (text.charCodeAt(j + 1) === NEWLINE) lineNumber += 1;
          j += 2;
        } else {
          j += 1;
        }
      }
      push({ raw: text.slice(i, j), quoted: false });
      i = j;
    }
  }
  if (depth > 0) {
    breakEntry();
    problems.push({
      line: openedAt,
      message: localized({
        en: `The parenthesis opened on line {openedAt} is never closed: add the ")" where the record ends.`,
        fr: `La parenthèse ouverte à la ligne {openedAt} n’est jamais fermée : ajoutez la « ) » à la fin de l’enregistrement.`,
      }, { openedAt: String(openedAt) }),
    });
  }
  endEntry();
  return { lines: lines.filter((line) => line.tokens.length > 0 || line.broken), problems };
}

const LONE_CR = /\r(?!\n)/g;

const NUL_BYTE: Localized = localized({
  en: 'This line holds a NUL character (byte 0), which a zone file cannot hold: remove it, or write it as \\000 inside a TXT string.',
  fr: 'Cette ligne contient un caractère NUL (octet 0), qu’un fichier de zone ne peut pas contenir : supprimez-le, ou écrivez-le \\000 dans une chaîne TXT.',
});

// Line numbers are positions, not quantities: given as text, format() does not bind them to the next word.
function strayClose(line: number): Localized {
  return localized({
    en: `Line {line} closes a parenthesis that was never opened: remove the ")".`,
    fr: `La ligne {line} ferme une parenthèse jamais ouverte : supprimez la « ) ».`,
  }, { line: String(line) });
}

function unclosedQuote(line: number): Localized {
  return localized({
    en: `The quoted text that starts on line {line} is not closed: add the closing quote (") on the same line, and write a quote inside the text as \\".`,
    fr: `Le texte entre guillemets commencé à la ligne {line} n’est pas fermé : ajoutez le guillemet fermant (") sur la même ligne, et écrivez un guillemet dans le texte sous la forme \\".`,
  }, { line: String(line) });
}
